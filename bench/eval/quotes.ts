/**
 * Quotation engine evaluation: `npx tsx bench/eval/quotes.ts`.
 *
 * News set (`test/fixtures/news-quotes/NAME.txt` + `NAME.gold.json`): quote finding P/R/F1
 * (scare quotes left out on both sides), attributed quotes wrongly flagged, unattributed quotes
 * flagged, and speaker accuracy. LitBank (`../shared/corpus/litbank-quotes`): quote finding by
 * span overlap and speaker accuracy where the gold names a speaker mention.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../../server/src/core/analyze';
import type { Article, Quotation } from '../../server/src/core/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const NEWS = join(ROOT, 'test/fixtures/news-quotes');
const LITBANK = resolve(ROOT, '../shared/corpus/litbank-quotes');

interface GoldQuote {
  contains: string;
  kind: 'direct' | 'partial' | 'scare';
  speaker: string | null;
  speakerKind?: string;
  /** Who the quotation belongs to, pronouns resolved (held-out set). */
  speakerName?: string | null;
}

/** Precision, recall and F1 of a matching. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

/** The evaluation numbers. */
export interface Result {
  news: {
    documents: number;
    finding: PRF;
    /** Share of attributed gold quotations that got an unattributed-quote warning. */
    attributedFlagged: number;
    /** Share of unattributed gold quotations that got the warning. */
    unattributedFlagged: number;
    /** Share of attributed gold quotations (found) whose speaker is right. */
    speakerAccuracy: number;
    kindAccuracy: number;
    counts: { attributed: number; unattributed: number; scare: number };
    errors: string[];
  };
  litbank: { documents: number; finding: PRF; speakerAccuracy: number; speakerGold: number } | null;
}

function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, predicted, gold };
}

const words = (s: string) => s.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

/** Same speaker text: one is a contiguous word run of the other ("Thune" in "John Thune"). */
function sameSpeaker(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!short.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, k) => long[i + k] === w)) return true;
  return false;
}

/**
 * Where the gold names who the speaker is (`speakerName`), a pronoun must resolve to that
 * person's entity; a named speaker with an entity must be in the right one.
 */
function resolvesTo(article: Article, q: Quotation, speakerName: string | null | undefined): boolean {
  if (!speakerName || !q.speaker) return true;
  const entity = article.entities.find((e) => e.id === q.speaker!.entityId);
  if (!entity) return q.speaker.kind !== 'pronoun';
  return sameSpeaker(entity.name, speakerName) || words(entity.name).some((w) => words(speakerName).includes(w));
}

function flagged(article: Article, q: Quotation): boolean {
  return article.findings.some((f) => f.code === 'unattributed-quote' && f.span.start === q.span.start && f.span.end === q.span.end);
}

/** Evaluates one folder of news articles with gold files (`NAME.txt` + `NAME.gold.json`). */
export function evaluateNews(dir = NEWS): Result['news'] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  let tp = 0;
  let predicted = 0;
  let goldCount = 0;
  let attributed = 0;
  let attributedFlagged = 0;
  let unattributed = 0;
  let unattributedFlagged = 0;
  let speakerRight = 0;
  let speakerTotal = 0;
  let kindRight = 0;
  let kindTotal = 0;
  let scare = 0;
  const errors: string[] = [];
  for (const f of files) {
    const name = f.replace(/\.txt$/, '');
    const text = readFileSync(join(dir, f), 'utf8');
    const gold: GoldQuote[] = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')).quotes;
    const article = analyzeArticle(text, { format: 'plaintext' });
    const top = article.quotations.filter((q) => q.parentId === null);
    const used = new Set<Quotation>();
    const matchedToScare = new Set<Quotation>();
    for (const g of gold) {
      const q = top.find((p) => !used.has(p) && text.slice(p.span.start, p.span.end).includes(g.contains));
      if (q) used.add(q);
      kindTotal++;
      if (q && q.kind === g.kind) kindRight++;
      if (g.kind === 'scare') {
        scare++;
        if (q) matchedToScare.add(q);
        if (q && flagged(article, q)) errors.push(`${name}: scare "${g.contains}" flagged`);
        continue;
      }
      goldCount++;
      if (!q) {
        errors.push(`${name}: missed "${g.contains}"`);
        if (g.speaker === null) unattributed++;
        else attributed++;
        continue;
      }
      tp++;
      if (g.speaker === null) {
        unattributed++;
        if (flagged(article, q)) unattributedFlagged++;
        else errors.push(`${name}: unattributed "${g.contains}" not flagged (speaker ${q.speaker?.text ?? '-'}, ${q.kind})`);
      } else {
        attributed++;
        if (flagged(article, q)) {
          attributedFlagged++;
          errors.push(`${name}: attributed "${g.contains}" flagged`);
        }
        speakerTotal++;
        if (q.speaker && sameSpeaker(q.speaker.text, g.speaker) && resolvesTo(article, q, g.speakerName)) speakerRight++;
        else errors.push(`${name}: speaker of "${g.contains}" is ${q.speaker ? `"${q.speaker.text}"` : 'none'}, want "${g.speaker}"`);
      }
    }
    for (const q of top) {
      if (matchedToScare.has(q)) continue;
      if (!used.has(q) && q.kind === 'scare') continue;
      predicted++;
      if (!used.has(q)) errors.push(`${name}: extra quotation ${JSON.stringify(q.text.slice(0, 50))} (${q.kind})`);
    }
  }
  return {
    documents: files.length,
    finding: prf(tp, predicted, goldCount),
    attributedFlagged: attributed ? attributedFlagged / attributed : 0,
    unattributedFlagged: unattributed ? unattributedFlagged / unattributed : 1,
    speakerAccuracy: speakerTotal ? speakerRight / speakerTotal : 1,
    kindAccuracy: kindTotal ? kindRight / kindTotal : 1,
    counts: { attributed, unattributed, scare },
    errors,
  };
}

interface LitQuote {
  offset: [number, number];
  speaker: { entity: string; mention: { text: string; offset: [number, number] } | null };
}
interface LitDoc {
  quotes: LitQuote[];
  speakers: Record<string, { name: string; mentions: { text: string; offset: [number, number]; kind: string }[] }>;
}

function evaluateLitbank(): Result['litbank'] {
  if (!existsSync(LITBANK)) return null;
  const files = readdirSync(LITBANK).filter((f) => f.endsWith('.quotes.json')).sort();
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let speakerRight = 0;
  let speakerGold = 0;
  let documents = 0;
  for (const f of files) {
    const doc: LitDoc = JSON.parse(readFileSync(join(LITBANK, f), 'utf8'));
    if (!doc.quotes.length) continue;
    documents++;
    const text = readFileSync(join(LITBANK, f.replace(/\.quotes\.json$/, '.txt')), 'utf8');
    const article = analyzeArticle(text, { format: 'plaintext' });
    const top = article.quotations.filter((q) => q.parentId === null);
    predicted += top.length;
    gold += doc.quotes.length;
    const used = new Set<Quotation>();
    let k = 0;
    for (const g of [...doc.quotes].sort((a, b) => a.offset[0] - b.offset[0])) {
      while (k < top.length && top[k].span.end <= g.offset[0]) k++;
      let q: Quotation | undefined;
      for (let m = k; m < top.length && top[m].span.start < g.offset[1]; m++) {
        if (!used.has(top[m])) {
          q = top[m];
          break;
        }
      }
      if (!q) {
        if (g.speaker.mention) speakerGold++;
        continue;
      }
      used.add(q);
      tp++;
      if (!g.speaker.mention) continue;
      speakerGold++;
      const s = q.speaker;
      if (!s) continue;
      const m = g.speaker.mention.offset;
      const entity = doc.speakers[g.speaker.entity];
      const overlaps = s.span.start < m[1] && m[0] < s.span.end;
      const resolvedName = s.entityId ? article.entities.find((e) => e.id === s.entityId)?.name : undefined;
      const names = entity ? [entity.name, ...entity.mentions.filter((x) => x.kind === 'PROP').map((x) => x.text)] : [];
      const byName = s.kind !== 'pronoun' && names.some((n) => sameSpeaker(n, s.text));
      const byEntity = !!resolvedName && names.some((n) => sameSpeaker(n, resolvedName));
      if (overlaps || byName || byEntity) speakerRight++;
    }
  }
  return { documents, finding: prf(tp, predicted, gold), speakerAccuracy: speakerGold ? speakerRight / speakerGold : 1, speakerGold };
}

/** Runs both evaluations. */
export async function evaluateQuotes(): Promise<Result> {
  return { news: evaluateNews(), litbank: evaluateLitbank() };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

async function main(): Promise<void> {
  const r = await evaluateQuotes();
  const n = r.news;
  if (process.argv.includes('--errors')) for (const e of n.errors) console.log(e);
  console.log(`news-quotes: ${n.documents} articles, ${n.counts.attributed} attributed, ${n.counts.unattributed} unattributed, ${n.counts.scare} scare`);
  console.table({
    'news: finding': { P: pct(n.finding.precision), R: pct(n.finding.recall), F1: pct(n.finding.f1) },
    'news: attribution': {
      'attributed flagged': pct(n.attributedFlagged),
      'unattributed flagged': pct(n.unattributedFlagged),
      'speaker acc': pct(n.speakerAccuracy),
      'kind acc': pct(n.kindAccuracy),
    },
    ...(r.litbank
      ? {
          'litbank: finding': { P: pct(r.litbank.finding.precision), R: pct(r.litbank.finding.recall), F1: pct(r.litbank.finding.f1) },
          'litbank: speakers': { 'speaker acc': pct(r.litbank.speakerAccuracy), n: r.litbank.speakerGold },
        }
      : {}),
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
