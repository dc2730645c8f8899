// Query, ranking and lazy loading of the search client on a small index built here in the
// format of docs/search-index.md.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const search = require('../../themes/default/static/search.js');

const STOPWORDS = ['и', 'в', 'на', 'про', 'с'];

const DOCS = [
  { t: 'Сложение дробей', s: 'Урок: сложение обыкновенных дробей с разными знаменателями.', k: 'lesson', j: 'математика', g: [5, 6] },
  { t: 'Дроби в жизни', s: 'Олимпиадные задачи на дроби и проценты.', k: 'olympiad', j: 'математика', g: [6] },
  { t: 'Семинар учителей математики', s: 'Обсуждали преподавание дробей и уравнений.', k: 'seminar', j: 'математика' },
  { t: 'Урок английского языка', s: 'Teaching English grammar: present tense lessons.', k: 'lesson', j: 'английский язык', g: [3] },
  { t: 'Портфолио учителя', s: 'Учитель информатики, стаж двенадцать лет.', k: 'portfolio', j: 'информатика' },
  { t: 'Методическое объединение', s: 'Учителя, учителя, учителя и учителя.', k: 'page' },
  { t: 'Учебный план', s: 'Учебники, учеба и ученики.', k: 'page' }
];

// Builds entry, shards, chunks and facets; score = (2 × title count + summary count) × 100.
function buildIndex(docs, shardSize, chunk) {
  const stop = search.stopSet(STOPWORDS);
  const postings = new Map();
  docs.forEach((doc, id) => {
    const counts = new Map();
    const add = (text, weight, title) => {
      for (const term of search.tokenize(text, stop)) {
        const c = counts.get(term) || { tf: 0, title: 0 };
        c.tf += weight;
        if (title) c.title = 1;
        counts.set(term, c);
      }
    };
    add(doc.t, 2, true);
    add(doc.s, 1, false);
    for (const [term, c] of counts) {
      if (!postings.has(term)) postings.set(term, []);
      postings.get(term).push([id, c.tf * 100, c.title]);
    }
  });
  const terms = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files = {};
  const shards = [];
  for (let i = 0; i < terms.length; i += shardSize) {
    const shard = {};
    for (const term of terms.slice(i, i + shardSize)) {
      let last = 0;
      shard[term] = [];
      for (const [id, score, title] of postings.get(term)) {
        shard[term].push(id - last, score, title);
        last = id;
      }
    }
    files['t/' + shards.length] = shard;
    shards.push(terms[i]);
  }
  const kinds = ['lesson', 'olympiad', 'page', 'portfolio', 'seminar'];
  const subjects = ['английский язык', 'информатика', 'математика'];
  for (let i = 0; i * chunk < docs.length; i++) {
    files['d/' + i] = docs.slice(i * chunk, i * chunk + chunk).map((d, j) => Object.assign({ u: `p${i * chunk + j}/` }, d));
  }
  files.f = {
    k: docs.map((d) => kinds.indexOf(d.k)),
    j: docs.map((d) => (d.j ? subjects.indexOf(d.j) : -1)),
    g: docs.map((d) => (d.g || []).reduce((m, g) => m | (1 << g), 0))
  };
  files.index = {
    version: 1, count: docs.length, chunk, shards, stopwords: STOPWORDS,
    facets: { kind: kinds, subject: subjects, grade: [3, 5, 6] }
  };
  return files;
}

function engine(shardSize = 4, chunk = 2) {
  const files = buildIndex(DOCS, shardSize, chunk);
  const loaded = [];
  const e = new search.Engine((key) => {
    loaded.push(key);
    if (!(key in files)) throw new Error('missing ' + key);
    return JSON.parse(JSON.stringify(files[key]));
  });
  return { engine: e, loaded, files };
}

const ids = (found) => found.results.map((r) => r[0]);

test('finds a shard by binary search of the first terms', () => {
  const shards = ['б', 'д', 'к', 'у'];
  assert.deepStrictEqual(['а', 'б', 'в', 'д', 'дроб', 'к', 'я'].map((t) => search.shardOf(shards, t)), [-1, 0, 0, 1, 1, 2, 3]);
  assert.strictEqual(search.shardOf([], 'а'), -1);
});

test('word forms of the query find the same documents', async () => {
  const { engine: e } = engine();
  assert.deepStrictEqual(ids(await e.search('дробь')), [0, 1, 2]);
  assert.deepStrictEqual(ids(await e.search('ДРОБЯМИ')), [0, 1, 2]);
});

test('documents that match more query terms rank first', async () => {
  const { engine: e } = engine();
  const found = await e.search('дроби уравнения');
  assert.deepStrictEqual(found.results, [[2, 2, 0, 200], [0, 1, 1, 300], [1, 1, 1, 300]]);
  assert.deepStrictEqual(found.terms, ['дроб', 'уравнен']);
});

test('title matches rank before a higher score', async () => {
  const { engine: e } = engine();
  assert.deepStrictEqual((await e.search('учителя')).results, [[4, 1, 1, 300], [2, 1, 1, 200], [5, 1, 0, 400]]);
});

test('stop words are indexed but not required; unknown words match nothing', async () => {
  const { engine: e } = engine();
  // «и» is one letter (never indexed); «на» and «про» are stop words, indexed all the same.
  assert.deepStrictEqual(ids(await e.search('и на')), [1]);
  // With a word of substance, pages that match only stop words are not listed, and the stop
  // word still counts in the score.
  const found = ids(await e.search('дроби на'));
  assert.strictEqual(found[0], 1);
  assert.deepStrictEqual(found.slice().sort(), [0, 1, 2]);
  assert.deepStrictEqual(ids(await e.search('уравнений на')), [2]);
  assert.deepStrictEqual(ids(await e.search('интеграл')), []);
  assert.deepStrictEqual(ids(await e.search('интеграл дроби')), [0, 1, 2]);
});

test('English words are stemmed and found', async () => {
  const { engine: e } = engine();
  assert.deepStrictEqual(ids(await e.search('lesson teaching')), [3]);
});

test('loads only the shards of the query terms', async () => {
  const { engine: e, loaded, files } = engine(1, 2);
  await e.search('дроби');
  const shard = 't/' + search.shardOf(files.index.shards, 'дроб');
  assert.deepStrictEqual(loaded, ['index', shard]);
});

test('prefix of the last word widens the query while typing', async () => {
  const { engine: e, loaded } = engine();
  assert.deepStrictEqual(ids(await e.search('дро')), []);
  const found = await e.search('дро', { prefix: true });
  assert.deepStrictEqual(ids(found), [0, 1, 2]);
  assert.ok(found.terms.includes('дроб'));
  assert.ok(!loaded.includes('f'));
  assert.deepStrictEqual(ids(await e.search('дро ', { prefix: true })), []);
  assert.deepStrictEqual(ids(await e.search('д', { prefix: true })), []);
});

test('a last word that is a stop word is never widened into a prefix', async () => {
  const { engine: e } = engine();
  const found = await e.search('дроби про', { prefix: true });
  assert.deepStrictEqual(found.terms, ['дроб', 'про']);
  assert.ok(!found.terms.includes('процент'));
  assert.deepStrictEqual(ids(found), [0, 1, 2]);
});

test('a prefix covering more than three shards is not widened', async () => {
  const { engine: e, loaded } = engine(1, 2);
  const found = await e.search('уч', { prefix: true });
  assert.deepStrictEqual(ids(found), []);
  assert.deepStrictEqual(loaded.filter((k) => k.startsWith('t/')).length, 1);
  assert.deepStrictEqual(ids(await e.search('учит', { prefix: true })), [4, 2, 5]);
  const three = await e.search('учеб', { prefix: true });
  assert.deepStrictEqual(three.terms, ['учеб', 'учебн', 'учебник']);
  assert.deepStrictEqual(ids(three), [6]);
});

test('a prefix widens to at most 50 terms, those with most postings first', async () => {
  const many = Array.from({ length: 60 }, (_, i) => 'ззз' + (i + 1)).join(' ');
  const files = buildIndex([{ t: 'Список', s: many, k: 'page' }, { t: 'ззз59', s: '', k: 'page' }], 100, 16);
  const e = new search.Engine((key) => files[key]);
  const found = await e.search('ззз', { prefix: true });
  // The typed word itself, then 50 wider terms.
  assert.strictEqual(found.terms.length, 51);
  assert.deepStrictEqual(found.terms.slice(0, 3), ['ззз', 'ззз59', 'ззз1']);
  assert.deepStrictEqual(ids(found), [1, 0]);
});

test('filters by kind, subject and grade, loading facets only then', async () => {
  const { engine: e, loaded } = engine();
  await e.search('дроби');
  assert.ok(!loaded.includes('f'));
  assert.deepStrictEqual(ids(await e.search('дроби', { kind: 'lesson' })), [0]);
  assert.ok(loaded.includes('f'));
  assert.deepStrictEqual(ids(await e.search('дроби', { grade: '6' })), [0, 1]);
  assert.deepStrictEqual(ids(await e.search('учителя', { subject: 'информатика' })), [4]);
  assert.deepStrictEqual(ids(await e.search('учителя', { kind: 'olympiad' })), []);
});

test('filters by a facet the site declares (f.x), alone and with the built-in ones', async () => {
  const files = buildIndex(DOCS, 4, 2);
  files.index.facets.format = ['онлайн', 'очно'];
  files.f.x = { format: DOCS.map((d, id) => (id === 0 ? 1 : id === 1 ? 0 : -1)) };
  const e = new search.Engine((key) => JSON.parse(JSON.stringify(files[key])));
  assert.deepStrictEqual(ids(await e.search('дроби', { fields: { format: 'очно' } })), [0]);
  assert.deepStrictEqual(ids(await e.search('', { fields: { format: 'онлайн' } })), [1]);
  assert.deepStrictEqual(ids(await e.search('дроби', { fields: { format: 'онлайн' }, kind: 'lesson' })), []);
  assert.deepStrictEqual(ids(await e.search('дроби', { fields: { format: '' } })), [0, 1, 2]);
});

test('filters without a query list every matching document', async () => {
  const { engine: e } = engine();
  assert.deepStrictEqual(ids(await e.search('', { kind: 'lesson' })), [0, 3]);
  assert.deepStrictEqual(ids(await e.search('  ', { subject: 'математика', grade: '6' })), [0, 1]);
});

test('loads document chunks only for the documents asked for', async () => {
  const { engine: e, loaded } = engine(4, 2);
  const docs = await e.documents([5, 4]);
  assert.deepStrictEqual(docs.map((d) => d.t), ['Методическое объединение', 'Портфолио учителя']);
  assert.deepStrictEqual(loaded.filter((k) => k.startsWith('d/')), ['d/2']);
});

test('a file that fails to load can be retried', async () => {
  let fail = true;
  const e = new search.Engine((key) => {
    if (fail) throw new Error('offline');
    return { version: 1, count: 0, chunk: 16, shards: [], stopwords: [], facets: {} };
  });
  await assert.rejects(e.search('урок'), /offline/);
  fail = false;
  assert.deepStrictEqual((await e.search('урок')).results, []);
});
