// Checks the search client's Snowball stemmers against the reference vocabularies in snowball/
// (see snowball/SOURCE and snowball/COPYING).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const search = require('../../themes/default/static/search.js');

function lines(language, file) {
  const text = fs.readFileSync(path.join(__dirname, 'snowball', language, file), 'utf8');
  return text.split('\n').filter((line, i, all) => i < all.length - 1 || line !== '');
}

function check(language, stem, expectedCount) {
  const words = lines(language, 'voc.txt');
  const stems = lines(language, 'output.txt');
  assert.strictEqual(words.length, expectedCount);
  assert.strictEqual(stems.length, expectedCount);
  const wrong = [];
  for (let i = 0; i < words.length; i++) {
    const got = stem(words[i]);
    if (got !== stems[i]) wrong.push(`${words[i]} -> ${got}, expected ${stems[i]}`);
  }
  console.log(`snowball ${language} (js): ${words.length - wrong.length}/${words.length}`);
  assert.deepStrictEqual(wrong.slice(0, 20), []);
}

test('Russian stemmer matches every word of the Snowball vocabulary', () => {
  check('russian', search.stemRussian, 49785);
});

test('English stemmer matches every word of the Snowball vocabulary', () => {
  check('english', search.stemEnglish, 42649);
});

test('stemmers give the expected stems for sample words', () => {
  assert.strictEqual(search.stemRussian('уроков'), 'урок');
  assert.strictEqual(search.stemRussian('урока'), 'урок');
  assert.strictEqual(search.stemRussian('ёлки'), 'елк');
  assert.strictEqual(search.stemEnglish('generously'), 'generous');
  assert.strictEqual(search.stemEnglish('dying'), 'die');
  assert.strictEqual(search.stemEnglish('constructor'), 'constructor');
});
