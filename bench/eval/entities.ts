/**
 * Entity evaluation on gum-dev (GUM documents with gold person/organization/place mentions):
 * named-mention detection P/R/F1 (a prediction matches a gold proper-name mention it overlaps,
 * one to one, pairs over the gold head first, then the closest spans), B-cubed clustering over
 * matched mentions, share of multi-name entities merged
 * completely, and type accuracy of matched mentions. Names copydesk types 'other' (works, events,
 * laws, terms) are neither right nor wrong where gum-dev lists nothing (its README): an 'other'
 * mention that matches a gold mention counts like any prediction (its type then wrong), one that
 * matches none is no false positive.
 *
 * Run: npx tsx bench/eval/entities.ts [--errors]  (--errors lists missed, extra, wrong-type and unmerged examples)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeArticle } from '../../server/src/core/analyze';
import type { Mention } from '../../server/src/core/types';

interface GoldMention { text: string; offset: [number, number]; head: [number, number]; kind?: string }
interface GoldEntity { id: string; type: string; name: string; mentions: GoldMention[]; all_mentions: GoldMention[] }

/** The numbers `evaluateEntities` measures. */
export interface Result {
  documents: number;
  gold: number;
  predicted: number;
  matched: number;
  mention: { precision: number; recall: number; f1: number };
  bcubed: { precision: number; recall: number; f1: number };
  /**
   * Entities written under two or more names, and how many of them are merged completely. The
   * others fail in one of two ways: some gold mention is found by no prediction (`unfound`), or
   * every mention is found but they sit in more than one predicted entity (`split`).
   */
  multiNameMerged: { merged: number; total: number; share: number; unfound: number; split: number };
  typeAccuracy: number;
  /**
   * Gold mentions inside another gold mention ("California" in "University of California"), and
   * how many of them are missed because they lie inside a longer predicted mention: Copydesk
   * reports one mention per stretch of text, so these cap its recall.
   */
  nested: { gold: number; insidePrediction: number };
  /** With `errors`: one line per error, prefixed missed/extra/type/unmerged/overmerged. */
  errors?: string[];
}

// the package is CommonJS: tsx gives this module __dirname
const ROOT = resolve(typeof __dirname === 'string' ? __dirname : process.cwd(), '../..');
const CORPUS = resolve(ROOT, '../shared/corpus/gum-dev');

const overlap = (a: [number, number], s: { start: number; end: number }) => Math.max(0, Math.min(a[1], s.end) - Math.max(a[0], s.start));
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** Evaluates the entity engine on every gum-dev document. */
export async function evaluateEntities(corpus = CORPUS, withErrors = false): Promise<Result> {
  const errors: string[] = [];
  const docs = readdirSync(corpus).filter((f) => f.endsWith('.entities.json')).sort();
  let gold = 0, predicted = 0, matched = 0, typeRight = 0;
  let bP = 0, bR = 0, merged = 0, multi = 0, unfound = 0, split = 0, nestedGold = 0, nestedInside = 0;
  for (const file of docs) {
    const text = readFileSync(join(corpus, file.replace('.entities.json', '.txt')), 'utf8');
    const data = JSON.parse(readFileSync(join(corpus, file), 'utf8')) as { entities: GoldEntity[] };
    const article = analyzeArticle(text);
    const preds = article.mentions;
    const golds = data.entities.flatMap((e) => e.mentions.map((m) => ({ m, e })));
    gold += golds.length;
    const inside = (a: [number, number], b: { start: number; end: number }) => b.start <= a[0] && a[1] <= b.end && b.end - b.start > a[1] - a[0];
    const nestedHere = golds.filter(({ m }) => golds.some(({ m: o }) => o !== m && inside(m.offset, { start: o.offset[0], end: o.offset[1] })));
    nestedGold += nestedHere.length;
    // one-to-one, best pairs first: a prediction over the gold head before one that only overlaps,
    // then the closer span (so "Casamance River" goes to the river, not to the region nested in it)
    const cands: { p: Mention; g: GoldMention; e: GoldEntity; head: number; iou: number; gi: number }[] = [];
    golds.forEach(({ m, e }, gi) => {
      for (const p of preds) {
        const o = overlap(m.offset, p.span);
        const h = overlap(m.head, p.span);
        if (!o && !h) continue;
        const union = Math.max(m.offset[1], p.span.end) - Math.min(m.offset[0], p.span.start);
        cands.push({ p, g: m, e, head: h > 0 ? 1 : 0, iou: o / union, gi });
      }
    });
    cands.sort((a, b) => b.head - a.head || b.iou - a.iou || a.gi - b.gi);
    const taken = new Set<Mention>();
    const done = new Set<GoldMention>();
    const pairs: { p: Mention; g: GoldMention; e: GoldEntity }[] = [];
    for (const c of cands) {
      if (taken.has(c.p) || done.has(c.g)) continue;
      taken.add(c.p);
      done.add(c.g);
      pairs.push({ p: c.p, g: c.g, e: c.e });
    }
    matched += pairs.length;
    nestedInside += nestedHere.filter(({ m }) => !pairs.some((x) => x.g === m) && preds.some((p) => inside(m.offset, p.span))).length;
    predicted += preds.filter((p) => p.type !== 'other' || taken.has(p)).length;
    for (const { p, e } of pairs) if (p.type === e.type) typeRight++;
    if (withErrors) {
      const doc = file.replace('.entities.json', '');
      const ctx = (s: number, t: number) => text.slice(Math.max(0, s - 30), t + 30).replace(/\n/g, ' ');
      for (const { m, e } of golds) if (!pairs.some((x) => x.g === m)) errors.push(`missed\t${e.type}\t${m.text}\t${doc}\t${ctx(m.offset[0], m.offset[1])}`);
      for (const p of preds) if (!taken.has(p) && p.type !== 'other') errors.push(`extra\t${p.type}\t${p.text}\t${doc}\t${ctx(p.span.start, p.span.end)}`);
      for (const { p, g, e } of pairs) if (p.type !== e.type) errors.push(`type\t${e.type}<-${p.type}\t${p.text}\t${doc}\t${ctx(g.offset[0], g.offset[1])}`);
      for (const e of data.entities) {
        const ps = e.mentions.map((m) => pairs.find((x) => x.g === m)?.p).filter((p): p is Mention => !!p);
        const ids = new Set(ps.map((p) => p.entityId));
        if (ids.size > 1) errors.push(`unmerged\t${e.type}\t${e.name}\t${doc}\t${[...ids].map((id) => ps.filter((p) => p.entityId === id).map((p) => p.text).join('|')).join(' / ')}`);
      }
      const byPred = new Map<string, Set<GoldEntity>>();
      for (const { p, e } of pairs) (byPred.get(p.entityId) ?? byPred.set(p.entityId, new Set()).get(p.entityId)!).add(e);
      for (const [, es] of byPred) if (es.size > 1) errors.push(`overmerged\t-\t${[...es].map((e) => e.name).join(' + ')}\t${doc}\t`);
    }
    // B-cubed over matched mentions
    for (const a of pairs) {
      const sameP = pairs.filter((b) => b.p.entityId === a.p.entityId);
      const sameG = pairs.filter((b) => b.e === a.e);
      const both = sameP.filter((b) => b.e === a.e).length;
      bP += both / sameP.length;
      bR += both / sameG.length;
    }
    for (const e of data.entities) {
      if (new Set(e.mentions.map((m) => m.text.replace(/^the /i, ''))).size < 2) continue;
      multi++;
      const ps = e.mentions.map((m) => pairs.find((x) => x.g === m)?.p);
      if (!ps.every((p) => p)) {
        unfound++;
        if (withErrors) {
          const shown = e.mentions.map((m, i) => (ps[i] ? `${m.text}=${ps[i]!.entityId}` : `[${m.text}: ${text.slice(Math.max(0, m.offset[0] - 25), m.offset[1] + 25).replace(/\n/g, ' ')}]`));
          errors.push(`unfound\t${e.type}\t${e.name}\t${file.replace('.entities.json', '')}\t${shown.join(' | ')}`);
        }
      }
      else if (new Set(ps.map((p) => p!.entityId)).size === 1) merged++;
      else {
        split++;
        if (withErrors) errors.push(`split\t${e.type}\t${e.name}\t${file.replace('.entities.json', '')}\t${e.mentions.map((m, i) => `${m.text}=${ps[i]!.entityId}`).join(' | ')}`);
      }
    }
  }
  const precision = matched / predicted;
  const recall = matched / gold;
  const bp = bP / matched;
  const br = bR / matched;
  return {
    documents: docs.length, gold, predicted, matched,
    mention: { precision, recall, f1: f1(precision, recall) },
    bcubed: { precision: bp, recall: br, f1: f1(bp, br) },
    multiNameMerged: { merged, total: multi, share: multi ? merged / multi : 0, unfound, split },
    typeAccuracy: matched ? typeRight / matched : 0,
    nested: { gold: nestedGold, insidePrediction: nestedInside },
    ...(withErrors ? { errors } : {}),
  };
}

async function main(): Promise<void> {
  const r = await evaluateEntities(CORPUS, process.argv.includes('--errors'));
  for (const line of r.errors ?? []) console.log(line);
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5) + '%';
  console.log(`gum-dev entities: ${r.documents} documents, ${r.gold} gold proper-name mentions, ${r.predicted} predicted, ${r.matched} matched`);
  console.log(`mention detection  P ${pct(r.mention.precision)}  R ${pct(r.mention.recall)}  F1 ${pct(r.mention.f1)}`);
  console.log(`B-cubed clustering P ${pct(r.bcubed.precision)}  R ${pct(r.bcubed.recall)}  F1 ${pct(r.bcubed.f1)}`);
  const mm = r.multiNameMerged;
  console.log(`multi-name entities merged completely ${mm.merged}/${mm.total} = ${pct(mm.share)}; not merged: ${mm.unfound} with a mention found by no prediction, ${mm.split} found in full but split`);
  console.log(`type accuracy of matched mentions ${pct(r.typeAccuracy)}`);
  console.log(`gold mentions nested in another gold mention: ${r.nested.gold}; missed because inside a longer predicted mention: ${r.nested.insidePrediction} (recall without them ${pct(r.matched / (r.gold - r.nested.insidePrediction))})`);
}

if (process.argv[1] && /bench[\\/]eval[\\/]entities\.ts$/.test(process.argv[1])) void main();
