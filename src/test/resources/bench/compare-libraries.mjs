// Feeds the documents prepbook's build wrote (search/d/*.json) to MiniSearch and lunr, the way a
// "whole index in one file" design would, and prints the index size (raw and gzip -9) and build
// time. The libraries are installed outside the project for this comparison only:
//   npm install --prefix /tmp/cmp minisearch@7.2.0 lunr@2.3.9
//   NODE_PATH=/tmp/cmp/node_modules node src/test/resources/bench/compare-libraries.mjs target/bench/site
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(join(process.env.NODE_PATH || '/tmp/cmp/node_modules', 'x.js'));
const MiniSearch = require('minisearch');
const lunr = require('lunr');

const folder = join(process.argv[2] || 'target/bench/site', 'search', 'd');
const docs = readdirSync(folder).map(f => ({ id: Number(f.replace('.json', '')), ...JSON.parse(readFileSync(join(folder, f), 'utf8')) }));

function report(name, build) {
  const start = performance.now();
  const json = build();
  const ms = performance.now() - start;
  const raw = Buffer.byteLength(json);
  const gz = gzipSync(json, { level: 9 }).length;
  console.log(`| ${name} | ${docs.length} | ${(raw / 1e6).toFixed(1)} MB | ${(gz / 1e6).toFixed(2)} MB | ${(ms / 1000).toFixed(1)} s |`);
}

console.log('| library | documents | index raw | index gzip | build (Node) |');
console.log('|---|---:|---:|---:|---:|');
report('MiniSearch 7.2, title + text', () => {
  const ms = new MiniSearch({ fields: ['t', 'x'], storeFields: [] });
  ms.addAll(docs);
  return JSON.stringify(ms);
});
report('MiniSearch 7.2, title + text, stored for excerpts', () => {
  const ms = new MiniSearch({ fields: ['t', 'x'], storeFields: ['t', 'u', 'k', 'w', 'x'] });
  ms.addAll(docs);
  return JSON.stringify(ms);
});
report('lunr 2.3.9, title + text', () => JSON.stringify(lunr(function () {
  this.ref('id');
  this.field('t', { boost: 8 });
  this.field('x');
  docs.forEach(d => this.add(d));
})));
