// Title size and the stemmer's different cuts of one word in titles (search client).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const search = require('../../themes/default/static/search.js');

// Pages as [title, body]; scores: 100 per body occurrence, 500 per title one; inTitle holds
// the number of distinct title terms, as the Swift index writes it.
function engine(pages) {
  const postings = new Map();
  pages.forEach(([title, body], id) => {
    const titleTerms = new Set(search.tokenize(title, {}));
    const counts = new Map();
    for (const t of search.tokenize(title, {})) counts.set(t, (counts.get(t) || 0) + 500);
    for (const t of search.tokenize(body, {})) counts.set(t, (counts.get(t) || 0) + 100);
    for (const [term, score] of counts) {
      if (!postings.has(term)) postings.set(term, []);
      postings.get(term).push([id, score, titleTerms.has(term) ? titleTerms.size : 0]);
    }
  });
  const terms = [...postings.keys()].sort();
  const shard = {};
  for (const term of terms) {
    let last = 0;
    shard[term] = [];
    for (const [id, score, title] of postings.get(term)) {
      shard[term].push(id - last, score, title);
      last = id;
    }
  }
  const files = {
    index: { version: 1, count: pages.length, chunk: 8, shards: [terms[0]], stopwords: ['по', 'и'], facets: {} },
    't/0': shard
  };
  return new search.Engine((key) => JSON.parse(JSON.stringify(files[key])));
}

const ids = (found) => found.results.map((r) => r[0]);

test('among pages with the word in the title, the title that is all query words comes first', async () => {
  const e = engine([
    ['Автоматическое кадрирование изображения', 'кадрирование кадрирование кадрирование'],
    ['Кадрирование', 'кадрирование'],
  ]);
  assert.deepStrictEqual(ids(await e.search('кадрирование')), [1, 0]);
});

test('a query form cut differently by the stemmer still matches the title', async () => {
  const e = engine([
    ['Выравнивание по вертикали и горизонтали', 'текст'],
    ['Вертикальный текст', 'вертикальный'],
    ['Другое', 'вертикальный вертикальный'],
  ]);
  // «вертикальный» → вертикальн; «вертикали» → вертикал: the title of page 0 matches too,
  // but the body of page 2 does not (prefix matches count in titles only). Page 1's shorter
  // title ranks first.
  const found = await e.search('вертикали', { prefix: false });
  assert.deepStrictEqual(ids(found), [1, 0]);
});

test('the snippet shows the part of the summary around the first matched word', () => {
  const text = 'Вступление о разном. '.repeat(8) + 'Здесь про дроби и знаменатели. ' + 'Конец текста. '.repeat(4);
  const terms = search.tokenize('дроби', {});
  const shown = search.snippetAround(text, terms, 80);
  assert.ok(shown.startsWith('…'), shown);
  assert.ok(shown.includes('дроби'), shown);
  assert.ok(shown.length <= 82, shown.length + ': ' + shown);
  assert.strictEqual(search.snippetAround('Короткий текст.', terms, 80), 'Короткий текст.');
  const none = search.snippetAround(text, search.tokenize('интеграл', {}), 80);
  assert.ok(none.startsWith('Вступление') && none.endsWith('…'), none);
});
