/**
 * Entity evaluation on gum-dev (GUM documents with gold person/organization/place mentions):
 * named-mention detection P/R/F1 (a prediction matches a gold proper-name mention it overlaps,
 * its head first), B-cubed clustering over matched mentions, share of multi-name entities merged
 * completely, and type accuracy of matched mentions. Names copydesk types 'other' (works, events,
 * laws, terms) are neither right nor wrong where gum-dev lists nothing (its README): an 'other'
 * mention that matches a gold mention counts like any prediction (its type then wrong), one that
 * matches none is no false positive.
 *
 * Run: npx tsx bench/eval/entities.ts
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
  multiNameMerged: { merged: number; total: number; share: number };
  typeAccuracy: number;
}

// the package is CommonJS: tsx gives this module __dirname
const ROOT = resolve(typeof __dirname === 'string' ? __dirname : process.cwd(), '../..');
const CORPUS = resolve(ROOT, '../shared/corpus/gum-dev');

const overlap = (a: [number, number], s: { start: number; end: number }) => Math.max(0, Math.min(a[1], s.end) - Math.max(a[0], s.start));
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** Evaluates the entity engine on every gum-dev document. */
export async function evaluateEntities(corpus = CORPUS): Promise<Result> {
  const docs = readdirSync(corpus).filter((f) => f.endsWith('.entities.json')).sort();
  let gold = 0, predicted = 0, matched = 0, typeRight = 0;
  let bP = 0, bR = 0, merged = 0, multi = 0;
  for (const file of docs) {
    const text = readFileSync(join(corpus, file.replace('.entities.json', '.txt')), 'utf8');
    const data = JSON.parse(readFileSync(join(corpus, file), 'utf8')) as { entities: GoldEntity[] };
    const article = analyzeArticle(text);
    const preds = article.mentions;
    const golds = data.entities.flatMap((e) => e.mentions.map((m) => ({ m, e })));
    gold += golds.length;
    // one-to-one: each gold mention takes the free prediction over its head, else the largest overlap
    const taken = new Set<Mention>();
    const pairs: { p: Mention; g: GoldMention; e: GoldEntity }[] = [];
    for (const { m, e } of golds) {
      let best: Mention | null = null;
      let score = 0;
      for (const p of preds) {
        if (taken.has(p)) continue;
        const s = overlap(m.head, p.span) * 1000 + overlap(m.offset, p.span);
        if (s > score) [best, score] = [p, s];
      }
      if (best) {
        taken.add(best);
        pairs.push({ p: best, g: m, e });
      }
    }
    matched += pairs.length;
    predicted += preds.filter((p) => p.type !== 'other' || taken.has(p)).length;
    for (const { p, e } of pairs) if (p.type === e.type) typeRight++;
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
      if (ps.every((p) => p) && new Set(ps.map((p) => p!.entityId)).size === 1) merged++;
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
    multiNameMerged: { merged, total: multi, share: multi ? merged / multi : 0 },
    typeAccuracy: matched ? typeRight / matched : 0,
  };
}

async function main(): Promise<void> {
  const r = await evaluateEntities();
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5) + '%';
  console.log(`gum-dev entities: ${r.documents} documents, ${r.gold} gold proper-name mentions, ${r.predicted} predicted, ${r.matched} matched`);
  console.log(`mention detection  P ${pct(r.mention.precision)}  R ${pct(r.mention.recall)}  F1 ${pct(r.mention.f1)}`);
  console.log(`B-cubed clustering P ${pct(r.bcubed.precision)}  R ${pct(r.bcubed.recall)}  F1 ${pct(r.bcubed.f1)}`);
  console.log(`multi-name entities merged completely ${r.multiNameMerged.merged}/${r.multiNameMerged.total} = ${pct(r.multiNameMerged.share)}`);
  console.log(`type accuracy of matched mentions ${pct(r.typeAccuracy)}`);
}

if (process.argv[1] && /bench[\\/]eval[\\/]entities\.ts$/.test(process.argv[1])) void main();
