import { entityById, foldName, onlyNested, unattributedQuotations, type Quotation } from '../core';
import { isLetterOrDigit } from '../core/chars';
import type { ArticleSummary, SourceQuotation, SourceSpeaker } from '../protocol';
import type { AnalyzedDocument } from './cache';
import { toRange } from './convert';
import { shorten } from './symbols';

/** The `copydesk/articleSummary` result: speakers with their quotations, unattributed ones, counts. */
export function summaryFor(analyzed: AnalyzedDocument): ArticleSummary {
  const { article, lines, uri, version } = analyzed;
  const toSource = (q: Quotation): SourceQuotation => ({ text: shorten(q.text, 80), kind: q.kind, range: toRange(lines, q.span), cue: q.speaker?.cue?.text ?? null });
  const speakers = new Map<string, SourceSpeaker>();
  for (const q of article.quotations) {
    const s = q.speaker;
    if (!s || q.kind === 'scare') continue;
    const entity = entityById(article, s.entityId);
    const key = entity ? entity.id : `${s.kind}:${s.text.toLowerCase()}`;
    let speaker = speakers.get(key);
    if (!speaker) {
      speaker = { name: entity ? entity.name : s.text, kind: s.kind === 'pronoun' && entity ? 'named' : s.kind, entityId: entity?.id ?? null, quotations: [] };
      speakers.set(key, speaker);
    }
    speaker.quotations.push(toSource(q));
  }
  const unattributed = unattributedQuotations(article);
  return {
    uri,
    version,
    speakers: byQuotationsThenName([...speakers.values()]),
    unattributed: unattributed.map(toSource),
    counts: {
      quotations: article.quotations.filter((q) => q.kind !== 'scare').length,
      unattributed: unattributed.length,
      tk: article.findings.filter((f) => f.code === 'tk-marker').length,
      entities: article.entities.filter((e) => !onlyNested(article, e)).length,
    },
  };
}

/** Speakers with the most quotations first, then by name (`nameSortKey`). */
function byQuotationsThenName(speakers: SourceSpeaker[]): SourceSpeaker[] {
  const keyed = speakers.map((speaker) => ({ speaker, key: nameSortKey(speaker.name) }));
  keyed.sort((a, b) => b.speaker.quotations.length - a.speaker.quotations.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.speaker);
}

const LETTER = /\p{L}/gu;
/** Spaces and punctuation in the order the root collation puts them, all before digits and letters. */
const PUNCTUATION = ' _-‐‑‒–—,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';
/**
 * Letters the root collation reads as others at its first level (NFD leaves them whole), the
 * dotless ı as a letter between i and j (and the ʻokina, as it does, between h and i), and curly
 * quotes as straight ones.
 */
const READ_AS: Record<string, string> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ħ': 'h', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i\uffff', 'ʻ': 'h\uffff', '‘': "'", '’': "'", '“': '"', '”': '"' };
const READ_AS_ANY = /[łøđðħßæœıʻ‘’“”]/g;

/**
 * A key whose code-unit order is the order `localeCompare` gives names (the same on every name
 * and speaker of the news fixtures and the shared corpora): letters without accents or case
 * first, with spaces and punctuation before digits and digits before letters; then accents; then
 * lower case before upper. `localeCompare` (or an `Intl.Collator`) would load ICU's collation
 * data, about 3 MB of the server's memory for a list of a few names; NFD, which this uses, the
 * analysis loads anyway.
 */
export function nameSortKey(name: string): string {
  const folded = foldName(name).replace(READ_AS_ANY, (c) => READ_AS[c]);
  let first = '';
  for (const c of folded) {
    const p = PUNCTUATION.indexOf(c);
    if (p >= 0) first += String.fromCharCode(1 + p);
    else first += isLetterOrDigit(c) ? c : String.fromCharCode(1 + PUNCTUATION.length);
  }
  const caseSwapped = name.replace(LETTER, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));
  // "\0" ends each level: a shorter one sorts first, and the next level decides only between equal ones
  return `${first}\0${name.normalize('NFD').toLowerCase()}\0${caseSwapped}`;
}
