// Tokenizer, highlighting and plural helpers of the search client.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const search = require('../../themes/default/static/search.js');

const stop = search.stopSet(['и', 'в', 'на', 'из', 'за', 'the', 'of']);
const words = (text) => search.tokens(text, stop).map((t) => t.word);
const stems = (text) => search.tokenize(text, stop);

test('splits on anything but letters and digits', () => {
  assert.deepStrictEqual(words('Урок №5: «Сложение»,дробей…(2024)'), ['урок', '5', 'сложение', 'дробей', '2024']);
});

test('lower-cases and folds ё to е, keeps й', () => {
  assert.deepStrictEqual(words('ЁЛКА Ёж йогурт ЙОД'), ['елка', 'еж', 'йогурт', 'йод']);
});

test('a hyphenated word gives the whole word, then each part', () => {
  assert.deepStrictEqual(words('научно-практическая конференция'), [
    'научно-практическая', 'научно', 'практическая', 'конференция'
  ]);
  assert.deepStrictEqual(words('covid-19'), ['covid-19', 'covid', '19']);
});

test('hyphens that do not join two runs split words', () => {
  assert.deepStrictEqual(words('-урок- план--конспект'), ['урок', 'план', 'конспект']);
});

test('keeps stop words, drops one-letter words but keeps one digit', () => {
  assert.deepStrictEqual(words('Я и ты в 5 классе, a b of the 7'), ['ты', '5', 'классе', 'of', 'the', '7']);
  assert.deepStrictEqual(words('из-за'), ['из-за', 'из', 'за']);
});

test('stems Russian with the Russian stemmer and Latin words with the English one', () => {
  assert.deepStrictEqual(stems('Уроки математики'), ['урок', 'математик']);
  assert.deepStrictEqual(stems('Teaching lessons'), ['teach', 'lesson']);
});

test('keeps Kazakh words, digits and mixed words unstemmed', () => {
  assert.deepStrictEqual(stems('Қазақ тілі әдебиеті'), ['қазақ', 'тілі', 'әдебиеті']);
  assert.deepStrictEqual(stems('mp3 2024 café'), ['mp3', '2024', 'café']);
});

test('stems a hyphenated word as one word', () => {
  assert.deepStrictEqual(stems('научно-практической'), ['научно-практическ', 'научн', 'практическ']);
  assert.deepStrictEqual(stems('state-of-the-art teaching'), ['state-of-the-art', 'state', 'of', 'the', 'art', 'teach']);
});

test('reports UTF-16 offsets of each token', () => {
  const t = search.tokens('  Урок-игра', stop);
  assert.deepStrictEqual(t.map((x) => [x.start, x.end]), [[2, 11], [2, 6], [7, 11]]);
});

test('highlights words whose stem is a query term', () => {
  assert.deepStrictEqual(search.highlight('Сложение обыкновенных дробей и дробь.', ['дроб'], stop), [
    ['Сложение обыкновенных ', false], ['дробей', true], [' и ', false], ['дробь', true], ['.', false]
  ]);
  assert.deepStrictEqual(search.highlight('Научно-практическая <b>', ['практическ'], stop), [
    ['Научно-', false], ['практическая', true], [' <b>', false]
  ]);
  assert.deepStrictEqual(search.highlight('в', ['в'], stop), [['в', false]]);
});

test('chooses the CLDR plural key', () => {
  const ru = [1, 2, 5, 11, 21, 22, 25, 111, 0].map((n) => search.pluralKey(n, 'ru'));
  assert.deepStrictEqual(ru, ['one', 'few', 'many', 'many', 'one', 'few', 'many', 'many', 'many']);
  assert.deepStrictEqual([1, 2, 5].map((n) => search.pluralKey(n, 'en')), ['one', 'many', 'many']);
  assert.deepStrictEqual([1, 2].map((n) => search.pluralKey(n, 'kk')), ['one', 'many']);
});

test('fills the count into a plural phrase', () => {
  assert.strictEqual(search.fillCount('Найдено {count} материала', 3), 'Найдено 3 материала');
  assert.strictEqual(search.fillCount('Найден {n} материал', 1), 'Найден 1 материал');
  assert.strictEqual(search.fillCount('материалов', 11), '11 материалов');
});

test('splits camelCase identifiers after the whole word, as the Swift tokenizer does', () => {
  assert.deepStrictEqual(words('document.querySelectorAll(x)'), ['document', 'queryselectorall', 'query', 'selector', 'all']);
  assert.deepStrictEqual(words('HTMLParser sRGB Capital UPPER'), ['htmlparser', 'html', 'parser', 'srgb', 'rgb', 'capital', 'upper']);
});
