import { foldKey } from '../entities/tokens';
import { clearWithMemos, detached, Memo } from '../memo';
import { mentionsOf } from '../queries';
import type { Mention } from '../types';
import type { RawFinding, Rule } from './rule';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

/** A word of a mention text: as written, its offset in the text, its folded key and its lower case. */
interface Word {
  text: string;
  at: number;
  key: string;
  lower: string;
}

/**
 * Words by mention text: an article has a few hundred distinct mention texts, each seen again on every keystroke (not one
 * per paragraph: a 400,000-word text had 2,616, and a miss is one short regular expression run). More than a generation
 * (2,000) is fine: only a store turns the generations, never a read (`Memo.keepRecent`), so while the document's texts
 * are all in the memo every one is found again, however many; a keystroke that adds a text may drop those of the older
 * generation not read again yet, each then a miss.
 */
const wordMemo = new Memo<Word[]>(4000);

/** The words of a mention text with their offsets in it and folded keys (memoised: read-only). */
function wordsOf(text: string): Word[] {
  let out = wordMemo.get(text);
  if (out) return out;
  out = [];
  const key = detached(text);
  WORD.lastIndex = 0;
  for (let w = WORD.exec(key); w; w = WORD.exec(key)) out.push({ text: w[0], at: w.index, key: foldKey(w[0]), lower: w[0].toLowerCase() });
  wordMemo.set(key, out);
  return out;
}

/**
 * `inconsistent-spelling`: one entity written two ways (`Guaido` where `Guaidó` dominates).
 * Words are compared folded (no diacritics, any case); each minority spelling is flagged with a
 * fix to the dominant one, or to the style sheet's canonical spelling when the desk set one.
 */
export const inconsistentSpelling: Rule = {
  code: 'inconsistent-spelling',
  description: 'A name is spelled differently from its other mentions or from the style sheet.',
  run({ article, options }) {
    const findings: RawFinding[] = [];
    const canonical = new Map<string, string>();
    for (const entry of options.styleSheet) {
      for (const w of entry.name.match(WORD) ?? []) canonical.set(foldKey(w), w);
    }
    // most articles write every name one way: then no entity needs a look
    // (a name nested in a longer one repeats that one's words: it adds no spelling to this first look)
    if (!canonical.size && !anyMayNeedRespelling(article.mentions)) return findings;
    for (const entity of article.entities) {
      // a name inside a longer name is spelled as part of that name ("Guaido Foundation"): left alone
      const mentions = mentionsOf(article, entity, { nested: false });
      if (!mayNeedRespelling(mentions, canonical)) continue;
      const dominant = dominantSpellings(mentions, canonical);
      if (!dominant.size) continue;
      for (const m of mentions) {
        for (const w of wordsOf(m.text)) {
          const want = dominant.get(w.key);
          if (!want || want.toLowerCase() === w.text.toLowerCase()) continue;
          const span = { start: m.span.start + w.at, end: m.span.start + w.at + w.text.length };
          findings.push({
            span,
            message: `“${w.text}” is spelled “${want}” elsewhere${canonical.has(w.key) ? ' (style sheet)' : ''} for ${entity.name}.`,
            fixes: [{ title: `Change to “${want}”`, edits: [{ span: { ...span }, newText: want }], preferred: true }],
          });
        }
      }
    }
    return findings;
  },
};

/**
 * The last whole-article look without a style sheet: the text of each mention, and the one form of
 * each folded word it found (null: some word is written two ways). A keystroke in a name adds the
 * forms of the words it writes; a word written as before keeps the answer.
 */
let lastLook: { texts: string[]; forms: Map<string, string> | null } | null = null;
clearWithMemos(() => {
  lastLook = null;
});

/** No style sheet. */
const NO_CANONICAL = new Map<string, string>();

/**
 * `mayNeedRespelling(mentions, no style sheet)`, answered from the last look while it holds: the
 * same mention texts, or, where it found every word written one way, other texts whose words are
 * written as before (a new word too). The answer reads no entity: one word written two ways anywhere.
 */
function anyMayNeedRespelling(mentions: readonly Mention[]): boolean {
  const l = lastLook;
  if (l !== null && l.texts.length === mentions.length && lookHolds(l, mentions)) return l.forms === null;
  const forms = formsOf(mentions, NO_CANONICAL);
  lastLook = { texts: mentions.map((m) => m.text), forms };
  looksMade++;
  return forms === null;
}

/** How many whole-article looks `anyMayNeedRespelling` has made afresh (`spellingLooksMade`). */
let looksMade = 0;

/**
 * How many times `inconsistent-spelling` has looked at every mention text afresh (not answered from
 * its last look) since the module loaded: a test reads it around an analysis to see the look kept.
 */
export function spellingLooksMade(): number {
  return looksMade;
}

/** Whether `l` answers for `mentions` too (as many as it read); the texts and forms of those that changed are added to it on the way. */
function lookHolds(l: NonNullable<typeof lastLook>, mentions: readonly Mention[]): boolean {
  for (let k = 0; k < mentions.length; k++) {
    const text = mentions[k].text;
    if (l.texts[k] === text) continue;
    // (forms of texts no longer written stay: at worst a word seems written two ways and the look is made afresh)
    if (l.forms === null || l.forms.size > l.texts.length + MAX_FORMS_ADDED || !addForms(l.forms, text, NO_CANONICAL)) return false;
    l.texts[k] = text;
  }
  return true;
}

/** Most forms a look takes in beyond one per mention before it is made afresh (each keystroke in a name adds one). */
const MAX_FORMS_ADDED = 1_000;

/**
 * False when no word of these mentions can be flagged: the forms of each folded word differ in
 * case at most (which is no spelling difference) and the style sheet spells none of them. One
 * look per word of each distinct mention text, no counting.
 */
function mayNeedRespelling(mentions: readonly Mention[], canonical: Map<string, string>): boolean {
  return formsOf(mentions, canonical) === null;
}

/** The one lower-case form of each folded word of the mentions' texts; null when one has two or the style sheet spells one. */
function formsOf(mentions: readonly Mention[], canonical: Map<string, string>): Map<string, string> | null {
  // an entity is mostly written as it was the time before: comparing with that text is cheaper
  // than hashing every mention text
  const previous = new Map<string, string>();
  const forms = new Map<string, string>();
  for (const m of mentions) {
    if (previous.get(m.entityId) === m.text) continue;
    previous.set(m.entityId, m.text);
    if (!addForms(forms, m.text, canonical)) return null;
  }
  return forms;
}

/** Adds the forms of the words of `text` to `forms`; false when one is another form of a word there or the style sheet spells it. */
function addForms(forms: Map<string, string>, text: string, canonical: Map<string, string>): boolean {
  for (const w of wordsOf(text)) {
    if (canonical.has(w.key)) return false;
    const seen = forms.get(w.key);
    if (seen === undefined) forms.set(w.key, w.lower);
    else if (seen !== w.lower) return false;
  }
  return true;
}

/**
 * The spelling each folded word should have, for the words that need one: the style sheet's, or
 * the most frequent written form (the first seen on a tie) when the forms differ beyond case.
 * Counts go by distinct mention text, weighted by how often it is written: most entities are
 * written one way, and their words are looked at once.
 */
function dominantSpellings(mentions: Mention[], canonical: Map<string, string>): Map<string, string> {
  const written = new Map<string, number>();
  for (const m of mentions) written.set(m.text, (written.get(m.text) ?? 0) + 1);
  const forms = new Map<string, Map<string, number>>();
  for (const [text, times] of written) {
    for (const w of wordsOf(text)) {
      let counts = forms.get(w.key);
      if (!counts) forms.set(w.key, (counts = new Map()));
      counts.set(w.text, (counts.get(w.text) ?? 0) + times);
    }
  }
  const dominant = new Map<string, string>();
  for (const [key, counts] of forms) {
    const styled = canonical.get(key);
    if (styled) {
      dominant.set(key, styled);
      continue;
    }
    if (counts.size < 2) continue;
    let best = '';
    let n = -1;
    for (const [text, c] of counts) if (c > n) [best, n] = [text, c];
    // case alone (a headline in capitals) is no spelling difference
    const variants = new Set<string>();
    for (const text of counts.keys()) variants.add(text.toLowerCase());
    if (variants.size > 1) dominant.set(key, best);
  }
  return dominant;
}
