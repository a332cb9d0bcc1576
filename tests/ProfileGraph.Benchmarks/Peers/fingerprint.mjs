#!/usr/bin/env node
// Q1-Q3/Q5 fingerprint of a target with the harness's fixed variables (same hash as verify.mjs), except that
// a `gender` leaf written as an enum name (UNKNOWN/MALE/FEMALE) counts as the generator's number (0/1/2):
// ProfileGraph's Gender is an enum where the peers return the smallint, which verify.mjs hashes differently.
// Usage: node fingerprint.mjs URL QUERY_FILE SHAPE      (AUTHORIZATION env: sent as the Authorization header)
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const [url, file, shape] = process.argv.slice(2);
const ids = Array.from({ length: 100 }, (_, i) => 'user_' + String(1 + ((i * 7919 + 13) % 100000)).padStart(6, '0'));
const variables = {
  Q1: { id: 'user_000042' }, Q2: { ids }, Q3: { since: '2025-10-01T00:00:00Z' }, Q5: { before: '2024-06-01T00:00:00Z' },
}[shape];
if (!variables) { console.log(`FAIL no fixed variables for ${shape}`); process.exit(1); }

const GENDER = { UNKNOWN: 0, MALE: 1, FEMALE: 2 };
const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)$/;
function collect(value, key, out) {
  if (value === null || typeof value !== 'object') {
    if (key === 'gender' && typeof value === 'string' && value in GENDER) value = GENDER[value];
    out.push(typeof value === 'string' && ISO.test(value) ? 't' + Date.parse(value) : typeof value + ':' + String(value));
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, key, out);
  } else {
    for (const [k, v] of Object.entries(value)) collect(v, k, out);
  }
  return out;
}

const res = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json',
    ...(process.env.AUTHORIZATION ? { authorization: process.env.AUTHORIZATION } : {}) },
  body: JSON.stringify({ query: readFileSync(file, 'utf8'), variables }),
});
const body = await res.json();
if (!res.ok || body.errors || !body.data) { console.log(`FAIL HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`); process.exit(1); }
const leaves = collect(body.data, '', []);
console.log(`ok leaves=${leaves.length} fp=${createHash('sha1').update(leaves.sort().join('\n')).digest('hex').slice(0, 12)}`);
