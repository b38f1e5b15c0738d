#!/usr/bin/env node
// Scores `article-reader quotes --json` against gold attributions: every <name>.json in a folder whose "file"
// names a .txt beside it (format and rule: ../shared/corpus/README.md). Mirrors the reference score.py:
// a prediction matches a gold statement when their word overlap is >= 0.3 of the longer, greedy by best
// overlap, one to one; the speaker of a matched pair is right when the last word of either name is a word
// of the other (gold pronouns and nulls are not scored).
//
// Usage: npm run eval -- <dir> [--misses N] [--file substring]

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/article-reader.js', import.meta.url));
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'his', 'her', 'their', 'him', 'them', 'which', 'that']);

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && !/^--/.test(args[i - 1] ?? ''));
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const missesShown = Number(option('--misses', '12'));
const only = option('--file', '');
if (dir === undefined) {
  process.stderr.write('usage: npm run eval -- <dir> [--misses N] [--file substring]\n');
  process.exit(2);
}

const words = (s) => (s ?? '').toLowerCase().replaceAll('\u2019', "'").match(/[\p{L}\p{N}_']+/gu) ?? [];
function counter(ws) {
  const m = new Map();
  for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
function overlap(a, b) {
  const A = counter(words(a));
  const B = counter(words(b));
  const n = Math.max(sum(A), sum(B));
  if (n === 0) return 0;
  let common = 0;
  for (const [w, k] of A) common += Math.min(k, B.get(w) ?? 0);
  return common / n;
}
const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
function goldName(q) {
  const name = q.speaker_resolved || q.speaker;
  if (!name) return null;
  const w = words(name);
  if (w.length === 0 || (!q.speaker_resolved && w.length <= 2 && PRONOUNS.has(w[w.length - 1]))) return null;
  return w;
}
function sameSpeaker(gold, predicted) {
  const p = words(predicted);
  return p.length > 0 && (p.includes(gold[gold.length - 1]) || gold.includes(p[p.length - 1]));
}
// Python's tuple order, reversed: overlap, then prediction index, then gold index, all descending.
const byPythonReverse = (x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2];

const sets = new Map();
const perFile = [];
const recallByKind = new Map();
for (const f of readdirSync(dir).sort()) {
  if (!f.endsWith('.json') || (only !== '' && !f.includes(only))) continue;
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const txt = join(dir, gold.file);
  const r = spawnSync(process.execPath, [BIN, 'quotes', '--json', '--file', txt], { encoding: 'utf8', timeout: 60000 });
  let pred = [];
  const ok = r.status === 0 || r.status === 1;
  try {
    pred = ok && r.stdout.trim() !== '' ? JSON.parse(r.stdout) : [];
  } catch {
    pred = [];
  }
  pred = pred.filter((p) => p !== null && typeof p === 'object' && !Array.isArray(p));
  const gq = gold.quotes;
  const pairs = [];
  for (let i = 0; i < pred.length; i++) for (let j = 0; j < gq.length; j++) pairs.push([overlap(pred[i].text, gq[j].text), i, j]);
  pairs.sort(byPythonReverse);
  const usedP = new Set();
  const usedG = new Set();
  const matched = [];
  for (const [o, i, j] of pairs) {
    if (o < 0.3) break;
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    matched.push([i, j]);
  }
  let spkOk = 0;
  let spkN = 0;
  const wrongSpeakers = [];
  for (const [i, j] of matched) {
    const name = goldName(gq[j]);
    if (name === null) continue;
    spkN++;
    if (sameSpeaker(name, pred[i].speaker)) spkOk++;
    else wrongSpeakers.push({ gold: gq[j].speaker, predicted: pred[i].speaker, text: gq[j].text });
  }
  const key = f.split('_')[0];
  const s = sets.get(key) ?? { pred: 0, gold: 0, match: 0, spkOk: 0, spkN: 0, files: 0, fail: 0 };
  s.pred += pred.length;
  s.gold += gq.length;
  s.match += matched.length;
  s.spkOk += spkOk;
  s.spkN += spkN;
  s.files += 1;
  s.fail += ok ? 0 : 1;
  sets.set(key, s);
  const counts = { pred: pred.length, gold: gq.length, match: matched.length, spkOk, spkN, files: 1, fail: ok ? 0 : 1 };
  for (let j = 0; j < gq.length; j++) {
    const k = gq[j].kind ?? 'unknown';
    const r = recallByKind.get(k) ?? { gold: 0, found: 0 };
    r.gold++;
    if (usedG.has(j)) r.found++;
    recallByKind.set(k, r);
  }
  perFile.push({
    file: f.replace(/\.json$/, ''),
    counts,
    missed: gq.filter((_, j) => !usedG.has(j)),
    spurious: pred.filter((_, i) => !usedP.has(i)),
    wrongSpeakers,
  });
}

function figures(s) {
  const p = s.pred ? s.match / s.pred : 0;
  const r = s.gold ? s.match / s.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const a = s.spkN ? s.spkOk / s.spkN : 0;
  return { p, r, f, a };
}
function line(name, s) {
  const { p, r, f, a } = figures(s);
  return `${name}: files ${s.files} (errors ${s.fail}), P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}, speaker accuracy ${a.toFixed(3)} (${s.spkOk}/${s.spkN})`;
}
const cut = (t, n = 110) => {
  const one = String(t ?? '').replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};

console.log('per file:');
for (const x of perFile) console.log('  ' + line(x.file, x.counts));
console.log('');
const total = { pred: 0, gold: 0, match: 0, spkOk: 0, spkN: 0, files: 0, fail: 0 };
for (const [k, s] of [...sets].sort()) {
  console.log(line(k, s));
  for (const field of Object.keys(total)) total[field] += s[field];
}
console.log(line('overall', total));

// Within a dataset, by source (polnear_<publisher>_…), to see where the rules generalise least.
const bySource = new Map();
for (const x of perFile) {
  const parts = x.file.split('_');
  if (parts.length < 3) continue;
  const k = `${parts[0]}/${parts[1]}`;
  const s = bySource.get(k) ?? { pred: 0, gold: 0, match: 0, spkOk: 0, spkN: 0, files: 0, fail: 0 };
  for (const field of Object.keys(s)) s[field] += x.counts[field];
  bySource.set(k, s);
}
console.log(
  `\nrecall by gold kind: ${[...recallByKind].sort().map(([k, r]) => `${k} ${(r.found / r.gold).toFixed(3)} (${r.found}/${r.gold})`).join(', ')}`,
);
if (bySource.size > 1) {
  console.log('\nby source:');
  for (const [k, s] of [...bySource].sort()) console.log('  ' + line(k, s));
}

if (missesShown > 0) {
  const worst = [...perFile].sort((x, y) => figures(x.counts).f - figures(y.counts).f).slice(0, 5);
  console.log(`\nworst files: ${worst.map((x) => `${x.file} (F1 ${figures(x.counts).f.toFixed(2)})`).join(', ')}`);
  const missed = perFile.flatMap((x) => x.missed.map((q) => ({ file: x.file, q })));
  missed.sort((a, b) => words(b.q.text).length - words(a.q.text).length);
  console.log(`\nmissed gold statements (${missed.length}), longest first:`);
  for (const { file, q } of missed.slice(0, missesShown))
    console.log(`  ${file.slice(8, 40)}  [${q.speaker ?? '-'} | ${q.cue ?? '-'}] ${cut(q.text)}`);
  const spurious = perFile.flatMap((x) => x.spurious.map((p) => ({ file: x.file, p })));
  console.log(`\nunmatched predictions (${spurious.length}):`);
  for (const { file, p } of spurious.slice(0, missesShown))
    console.log(`  ${file.slice(8, 40)}  [${p.speaker} | ${p.cue}] ${cut(p.text)}`);
  const wrong = perFile.flatMap((x) => x.wrongSpeakers.map((w) => ({ file: x.file, ...w })));
  console.log(`\nwrong speakers (${wrong.length}):`);
  for (const w of wrong.slice(0, missesShown)) console.log(`  ${w.file.slice(8, 40)}  gold ${w.gold} / predicted ${w.predicted}: ${cut(w.text, 80)}`);
}
