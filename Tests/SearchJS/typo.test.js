// Typo correction and the one meaning of a query (prefix everywhere) of the search client.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const search = require('../../themes/default/static/search.js');

// An index of a few pages, one shard per term so that loads can be counted.
function files(docs) {
  const postings = new Map();
  docs.forEach((text, id) => {
    for (const term of new Set(search.tokenize(text, {}))) {
      if (!postings.has(term)) postings.set(term, []);
      postings.get(term).push(id, 100, 1);
    }
  });
  const terms = [...postings.keys()].sort();
  const out = { index: { version: 1, count: docs.length, chunk: 8, shards: terms, stopwords: ['для'], facets: {} } };
  terms.forEach((term, i) => {
    const list = postings.get(term);
    for (let k = list.length - 3; k > 0; k -= 3) list[k] -= list[k - 3];
    out['t/' + i] = { [term]: list };
  });
  out['d/0'] = docs.map((t, i) => ({ u: 'p' + i + '/', t }));
  return out;
}

function engine(docs) {
  const all = files(docs);
  const loaded = [];
  const e = new search.Engine((key) => {
    loaded.push(key);
    if (!(key in all)) throw new Error('missing ' + key);
    return JSON.parse(JSON.stringify(all[key]));
  });
  return { e, loaded, all };
}

const DOCS = ['Олимпиада по математике', 'Подготовка к олимпиаде', 'Лабиринт', 'Учебный план'];

test('one edit: insert, delete, replace, swap', () => {
  assert.ok(search.withinOneEdit('олимпиад', 'олимпиадд'));
  assert.ok(search.withinOneEdit('лабиринт', 'лабиринд'));
  assert.ok(search.withinOneEdit('глоссар', 'глосар'));
  assert.ok(search.withinOneEdit('кошка', 'кошак'.replace('ак', 'ка')));
  assert.ok(search.withinOneEdit('abcd', 'abdc'));
  assert.ok(!search.withinOneEdit('олимпиад', 'олимп'));
  assert.ok(!search.withinOneEdit('лабиринт', 'лобиринд'));
});

test('a typo of five letters or more finds the page, and says what it corrected', async () => {
  const { e } = engine(DOCS);
  const found = await e.search('олимпиадда');
  assert.deepStrictEqual(found.results.map((r) => r[0]).sort(), [0, 1]);
  assert.deepStrictEqual(found.corrected, ['олимпиад']);
  const maze = await e.search('лабиринд');
  assert.deepStrictEqual(maze.results.map((r) => r[0]), [2]);
});

test('no correction for short words or when the exact word finds enough', async () => {
  const { e } = engine(DOCS);
  assert.deepStrictEqual((await e.search('плна')).results, []);
  const many = engine(['олимпиада', 'олимпиады', 'олимпиаде', 'олимпиадда']);
  const found = await many.e.search('олимпиаде');
  assert.strictEqual(found.corrected, undefined);
});

test('correction reads only the shards of the first two letters, at most three', async () => {
  const { e, loaded } = engine(DOCS);
  await e.search('олимпиадда');
  const shards = loaded.filter((k) => k.startsWith('t/'));
  assert.ok(shards.length <= 4, shards.join(' '));
});

test('the last word is a prefix whatever way the query came (typing, Enter, ?q=)', async () => {
  const { e } = engine(DOCS);
  const typed = await e.search('олимп', { prefix: true });
  assert.deepStrictEqual(typed.results.map((r) => r[0]).sort(), [0, 1]);
});

test('a filter is shown only when its facet has values (kind: two or more)', () => {
  assert.strictEqual(search.facetShown('subject', []), false);
  assert.strictEqual(search.facetShown('subject', undefined), false);
  assert.strictEqual(search.facetShown('subject', ['математика']), true);
  assert.strictEqual(search.facetShown('kind', ['page']), false);
  assert.strictEqual(search.facetShown('kind', ['lesson', 'page']), true);
  assert.strictEqual(search.facetShown('level', ['школьный']), true);
});

test('a page left out of search (kind code -1) is not listed by a filter alone', async () => {
  const all = files(['Урок один', 'Скрытый урок']);
  all.index.facets = { kind: ['page'], level: ['школьный'] };
  all.f = { k: [0, -1], j: [-1, -1], g: [0, 0], l: [0, -1] };
  const e = new search.Engine((key) => JSON.parse(JSON.stringify(all[key])));
  assert.deepStrictEqual((await e.search('', { kind: 'page' })).results.map((r) => r[0]), [0]);
  assert.deepStrictEqual((await e.search('', { level: 'школьный' })).results.map((r) => r[0]), [0]);
});
