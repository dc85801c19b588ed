/**
 * Behaviour check for optimisations: the whole `analyzeArticle` output for a fixed set of texts
 * (seed, every fixture and shared-corpus text, generated news, dense-quotation and name-heavy
 * prose, a CRLF copy and edited variants), written once and compared after a change.
 *
 *   node --import tsx bench/equivalence.ts write /tmp/before.json
 *   node --import tsx bench/equivalence.ts check /tmp/before.json   # exit 1, how many texts changed and the first differences of each
 *
 * Each text is analysed cold (memos cleared) and again after analysing an edited copy, so a
 * cache that leaks one text's results into another shows up as a difference.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../server/src/core';
import { clearMemos } from '../server/src/core/memo';
import { DENSE_QUOTES, generateProse, NAME_HEAVY, NEWS, readSeed, REPO, SHARED_CORPUS } from './corpus';

function texts(): [string, string][] {
  const out: [string, string][] = [];
  const seed = readSeed();
  if (seed) out.push(['seed', seed], ['seed-crlf', seed.replace(/\n/g, '\r\n')]);
  const dirs = [path.join(REPO, 'test/fixtures/news-quotes'), path.join(REPO, 'test/fixtures/news-quotes-heldout'), path.join(SHARED_CORPUS, 'gum-dev'), path.join(SHARED_CORPUS, 'litbank-quotes')];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) out.push([path.relative(REPO, path.join(dir, f)), readFileSync(path.join(dir, f), 'utf8')]);
  }
  out.push(['news-20k', generateProse(20000, 1, NEWS)], ['dense-20k', generateProse(20000, 2, DENSE_QUOTES)], ['names-20k', generateProse(20000, 3, NAME_HEAVY)]);
  return out;
}

/** A copy with a character inserted in the middle paragraph and a paragraph deleted near the start. */
function edited(text: string): string {
  const mid = text.indexOf(' ', Math.floor(text.length / 2));
  let t = mid > 0 ? text.slice(0, mid) + ' x' + text.slice(mid) : text + ' x';
  const a = t.indexOf('\n\n');
  const b = a >= 0 ? t.indexOf('\n\n', a + 2) : -1;
  if (b > 0) t = t.slice(0, a) + t.slice(b);
  return t;
}

function run(): Record<string, unknown> {
  const results: Record<string, unknown> = {};
  for (const [name, text] of texts()) {
    clearMemos();
    const cold = JSON.stringify(analyzeArticle(text));
    analyzeArticle(edited(text));
    const warm = JSON.stringify(analyzeArticle(text));
    if (warm !== cold) throw new Error(`${name}: the analysis after an edited copy differs from a cold one (a cache leaks)`);
    results[name] = JSON.parse(cold);
    results[name + ' (edited)'] = JSON.parse(JSON.stringify(analyzeArticle(edited(text))));
  }
  return results;
}

/** Differences shown for each text that changed (its first ones): every changed text is named. */
const DIFFERENCES_PER_TEXT = 4;

function firstDifferences(a: unknown, b: unknown, at: string, out: string[]): void {
  if (out.length >= DIFFERENCES_PER_TEXT) return;
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) firstDifferences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`, out);
    return;
  }
  out.push(`${at}: before ${JSON.stringify(a)?.slice(0, 200)} / now ${JSON.stringify(b)?.slice(0, 200)}`);
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !file) {
  console.error('usage: node --import tsx bench/equivalence.ts write|check FILE');
  process.exit(2);
}
const now = run();
if (mode === 'write') {
  writeFileSync(file, JSON.stringify(now));
  console.log(`wrote the analysis of ${Object.keys(now).length / 2} texts and their edited copies to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const diffs: string[] = [];
  let changed = 0;
  for (const k of new Set([...Object.keys(before), ...Object.keys(now)])) {
    const ofText: string[] = [];
    firstDifferences(before[k], now[k], k, ofText);
    if (ofText.length) changed++;
    diffs.push(...ofText);
  }
  if (diffs.length) {
    console.log(`the analysis changed in ${changed} of ${Object.keys(before).length} texts and edited copies:\n${diffs.join('\n')}`);
    process.exit(1);
  }
  console.log(`same analysis for all ${Object.keys(now).length / 2} texts and their edited copies`);
}
