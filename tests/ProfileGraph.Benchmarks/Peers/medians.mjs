#!/usr/bin/env node
// Medians over the runs of run-peers.sh: reads <results>/run*/results.tsv (the harness's rows) and prints a
// markdown table per shape: each target's req/s in every run, the median, CPU ms per request (medians), the
// errors of all runs, and ProfileGraph's ratio to the best peer (pgbench is the database alone, not a peer).
// Usage: node medians.mjs <results folder>
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node medians.mjs <results folder>');
  process.exit(2);
}

const runs = readdirSync(folder).filter((name) => /^run\d+$/.test(name)).sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)));
const rows = [];
const probes = [];
for (const run of runs) {
  const tsv = join(folder, run, 'results.tsv');
  if (!existsSync(tsv)) continue;
  const [header, ...lines] = readFileSync(tsv, 'utf8').trim().split('\n');
  const columns = header.split('\t');
  for (const line of lines) {
    const cells = line.split('\t');
    rows.push({ run, ...Object.fromEntries(columns.map((c, i) => [c, cells[i]])) });
  }
  const probe = join(folder, run, 'probe.tsv');
  if (existsSync(probe)) {
    for (const line of readFileSync(probe, 'utf8').trim().split('\n')) {
      const [, target, ms] = line.split('\t');
      probes.push({ run, target, ms });
    }
  }
}

const number = (text) => (text === undefined || text === '-' || text === '' ? NaN : Number(text));
const median = (values) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const perRequest = (cpuPct, rps) => (Number.isNaN(cpuPct) || !(rps > 0) ? NaN : (cpuPct * 10) / rps);
const fixed = (value, digits) => (Number.isNaN(value) ? '-' : value.toFixed(digits));

const targets = [...new Set(rows.map((r) => r.target))].sort((a, b) => (a === 'profilegraph') - (b === 'profilegraph') || a.localeCompare(b));
const shapes = [...new Set(rows.map((r) => r.shape))].sort();
const isPeer = (target) => target !== 'profilegraph' && !target.startsWith('pgbench');

console.log(`Runs: ${runs.length} (${folder}); each run started with another target.\n`);
console.log('| shape | target | req/s per run | median req/s | server CPU ms/req | DB CPU ms/req | p99 ms (median) | errors | ratio to best peer |');
console.log('|---|---|---|---:|---:|---:|---:|---:|---:|');
for (const shape of shapes) {
  const medians = new Map();
  for (const target of targets) {
    const mine = rows.filter((r) => r.shape === shape && r.target === target);
    if (mine.length > 0) medians.set(target, median(mine.map((r) => number(r.rps))));
  }
  const best = Math.max(...[...medians].filter(([t]) => isPeer(t)).map(([, v]) => v).filter((v) => !Number.isNaN(v)));
  for (const target of targets) {
    const mine = rows.filter((r) => r.shape === shape && r.target === target);
    if (mine.length === 0) continue;
    const rps = medians.get(target);
    const server = median(mine.map((r) => perRequest(number(r.server_cpu_pct), number(r.rps))));
    const db = median(mine.map((r) => perRequest(number(r.db_cpu_pct), number(r.rps))));
    const errors = mine.reduce((sum, r) => sum + (Number.isNaN(number(r.errors)) ? 0 : number(r.errors)), 0);
    const ratio = target === 'profilegraph' && Number.isFinite(best) ? `${(rps / best).toFixed(2)}×` : '';
    console.log(`| ${shape} | ${target} | ${mine.map((r) => fixed(number(r.rps), 0)).join(', ')} | ${fixed(rps, 0)} | ${fixed(server, 3)} | ${fixed(db, 3)} | ${fixed(median(mine.map((r) => number(r.p99_ms))), 1)} | ${errors} | ${ratio} |`);
  }
}

if (probes.length > 0) {
  console.log('\ncpu-probe (ms of fixed work before each target, lower = faster machine):\n');
  for (const run of runs) {
    console.log(`- ${run}: ${probes.filter((p) => p.run === run).map((p) => `${p.target} ${p.ms}`).join(', ')}`);
  }
}
