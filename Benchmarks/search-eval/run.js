// make search-eval: runs the known-item queries of queries.tsv through the theme's real
// search.js against a built site's index and prints MRR@10, recall@1, recall@10 and the bytes
// a browser would download. Usage: node run.js <site output folder> [queries.tsv] [--verbose]
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const [site, queriesFile = path.join(__dirname, 'queries.tsv')] = args.filter((a) => !a.startsWith('--'));
if (!site) {
  console.error('usage: node run.js <site output folder> [queries.tsv] [--verbose]');
  process.exit(2);
}
// The theme's own script, as the repository holds it (the built site embeds the same file).
const scriptPath = path.join(__dirname, '..', '..', 'themes', 'default', 'static', 'search.js');
const search = require(scriptPath);

// Bytes of the `.js` twin a browser loads for `key` (docs/search-index.md).
function bytesOf(key) {
  return fs.statSync(path.join(site, 'search', key + '.js')).size;
}
function readJSON(key) {
  return JSON.parse(fs.readFileSync(path.join(site, 'search', key + '.json'), 'utf8'));
}

// The page part of a result URL: `tools/airbrush/index.html` → `tools/airbrush/`.
function pageOf(url) {
  return url.replace(/index\.html$/, '').replace(/^\/+/, '');
}

function parseQueries(text) {
  return text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((line) => {
    const [query, expected, note = ''] = line.split('\t');
    if (!expected) throw new Error('queries.tsv: no expected page on the line: ' + line);
    return { query, expected: pageOf(expected.trim()), note };
  });
}

function percentile(sorted, p) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
function kb(n) {
  return (n / 1024).toFixed(1) + ' KB';
}

async function runQuery(entry, q) {
  // A fresh engine per query with the entry file already loaded: what one query costs.
  const loaded = [];
  const engine = new search.Engine((key) => {
    loaded.push(key);
    return readJSON(key);
  });
  engine.cache.index = Promise.resolve(entry);
  const found = await engine.search(q.query, search.queryOptions ? search.queryOptions() : { prefix: true });
  const top = found.results.slice(0, 10).map((r) => r[0]);
  const docs = await engine.documents(top);
  const urls = docs.map((d) => pageOf(d.u));
  const rank = urls.indexOf(q.expected) + 1;
  const bytes = loaded.reduce((sum, key) => sum + bytesOf(key), 0);
  const shardBytes = loaded.filter((k) => k.startsWith('t/')).reduce((sum, key) => sum + bytesOf(key), 0);
  return { rank, bytes, shardBytes, urls, count: found.results.length };
}

async function main() {
  const queries = parseQueries(fs.readFileSync(queriesFile, 'utf8'));
  const entry = readJSON('index');
  if (!entry.stopSet && search.stopSet) entry.stopSet = search.stopSet(entry.stopwords);
  let mrr = 0, at1 = 0, at10 = 0;
  const bytes = [];
  const shardBytes = [];
  for (const q of queries) {
    const r = await runQuery(entry, q);
    if (r.rank) mrr += 1 / r.rank;
    if (r.rank === 1) at1++;
    if (r.rank) at10++;
    bytes.push(r.bytes);
    shardBytes.push(r.shardBytes);
    if (verbose || r.rank !== 1) {
      const mark = r.rank === 1 ? 'ok ' : r.rank ? '#' + r.rank + ' ' : 'MISS';
      console.log(`${mark.padEnd(4)} ${q.query}  → want ${q.expected}; got ${r.urls.slice(0, 3).join(', ') || 'nothing'} (${r.count} found, ${kb(r.bytes)})`);
    }
  }
  bytes.sort((a, b) => a - b);
  shardBytes.sort((a, b) => a - b);
  const n = queries.length;
  const oneOff = fs.statSync(scriptPath).size + bytesOf('index');
  console.log(`search-eval: ${n} queries on ${entry.count} pages`);
  console.log(`MRR@10     ${(mrr / n).toFixed(3)}`);
  console.log(`recall@1   ${(at1 / n).toFixed(3)}`);
  console.log(`recall@10  ${(at10 / n).toFixed(3)}`);
  console.log(`bytes per query  median ${kb(percentile(bytes, 50))}, p90 ${kb(percentile(bytes, 90))}`);
  console.log(`  of which term shards  median ${kb(percentile(shardBytes, 50))}, p90 ${kb(percentile(shardBytes, 90))}; the rest: result documents`);
  console.log(`one-off bytes    ${kb(oneOff)} (search.js + search/index.js)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
