/**
 * Capitalised modifiers read into a name: "an American YouTube personality", "Progressive Mérida
 * had electric trams". Where the article writes the rest of the name alone elsewhere ("YouTube",
 * "Mérida"), the modifier only describes that entity, and the mention is the rest.
 */
import { nameInfo } from './clusterMentions';
import { copyOf } from './findMentions';
import type { NameCandidate, NameInfo, NameToken } from './nameTypes';
import { DEMONYMS, LEXICON, isHeadWord } from './names';
import { skips, type PassFilter } from './passFilter';

/** Capitalised adjectives by their ending ("Progressive", "Historic", "Colonial"); the stem has three letters at least. */
const ADJECTIVE_ENDING = /^\p{Lu}\p{Ll}{3,}(?:al|ic|ive|ous|ary)$/u;

/** A word that only describes the name after it: a demonym ("American") or an adjective ("Progressive"). */
function isModifier(text: string, key: string): boolean {
  return DEMONYMS.has(key) || (mayEndLikeAdjective(text) && ADJECTIVE_ENDING.test(text));
}

/**
 * Whether `text` is long enough and ends in the last letter of an adjective ending (al, ic, ive,
 * ous, ary): most names do not, and they skip the regular expression (it runs on every name, every keystroke).
 */
function mayEndLikeAdjective(text: string): boolean {
  if (text.length < 6) return false;
  const last = text.charCodeAt(text.length - 1);
  return last === 108 /* l */ || last === 99 /* c */ || last === 101 /* e */ || last === 115 /* s */ || last === 121 /* y */;
}

/** Compass words make another place of a place ("Southern Senegal", "Southwestern United States"). */
const COMPASS_START = /^(?:north|south|east|west|central|upper|lower)/;

/**
 * Before a place, a demonym or compass word names a region of its own ("Spanish Netherlands",
 * "Southern Senegal"); only other adjectives describe the place itself ("Progressive Mérida").
 */
function describesPlace(tokens: readonly NameToken[], from: number): boolean {
  for (let k = 0; k < from; k++) if (DEMONYMS.has(tokens[k].key) || COMPASS_START.test(tokens[k].key)) return false;
  return true;
}

/**
 * Replaces (in `cands`, with `infos` kept in step) each candidate that opens with modifiers before
 * a name the document writes alone elsewhere by a candidate of that name alone, typed like it.
 * A known name ("American Airlines"), a name ending in a head word ("Greek Orthodox Church") or a
 * title-only mention stays whole. New candidate objects: the cached copies are left unchanged.
 * `filter` (see `PassFilter`) keeps every candidate `mayLoseModifiers` accepts. True when one was replaced.
 */
export function stripModifiersBeforeNames(cands: NameCandidate[], infos: NameInfo[], filter?: PassFilter): boolean {
  // the candidate of each name written alone (its folded words), the first one
  let alone: Map<string, number> | undefined;
  let stripped = false;
  for (let k = 0; k < cands.length; k++) {
    if (skips(filter, k)) continue;
    const c = cands[k];
    const tokens = c.tokens;
    if (!mayLoseModifiers(c)) continue;
    if (!alone) {
      alone = new Map();
      for (let j = 0; j < cands.length; j++) if (!cands[j].titleOnly && cands[j].type !== 'other') {
        const key = infos[j].parts.full;
        if (!alone.has(key)) alone.set(key, j);
      }
    }
    let m = 1;
    while (m < tokens.length - 1 && isModifier(tokens[m].text, tokens[m].key)) m++;
    for (let from = 1; from <= m; from++) {
      const j = alone.get(tokens.slice(from).map((t) => t.key).join(' '));
      if (j === undefined || j === k || cands[j].type === 'place' && !describesPlace(tokens, from)) continue;
      cands[k] = withoutModifiers(c, from, cands[j]);
      infos[k] = nameInfo(cands[k]);
      stripped = true;
      break;
    }
  }
  return stripped;
}

/**
 * Whether `stripModifiersBeforeNames` may strip the candidate, by its words alone: a name of
 * several words, no title alone, opening with a modifier and not known whole.
 */
export function mayLoseModifiers(c: NameCandidate): boolean {
  const tokens = c.tokens;
  // (the first word's test first: most names open with none, and skip the head word's six look-ups)
  if (tokens.length < 2 || c.titleOnly || !isModifier(tokens[0].text, tokens[0].key) || isHeadWord(tokens[tokens.length - 1].key)) return false;
  return !LEXICON.get(tokens.map((t) => t.key));
}

/** `c` without its first `from` words, typed like `like` (the same name written alone). */
function withoutModifiers(c: NameCandidate, from: number, like: NameCandidate): NameCandidate {
  const cut = c.tokens[from].start - c.tokens[0].start;
  // a copy with every field, not a spread: the spread's hidden class lived only while a stripped name
  // did, and full collections after texts that stripped none threw away the name passes' optimised code
  const out = copyOf(c);
  out.span = { start: c.span.start + cut, end: c.span.end };
  out.text = c.text.slice(cut);
  out.tokens = c.tokens.slice(from);
  out.type = like.type;
  out.typeStrength = like.typeStrength;
  out.weak = like.weak;
  out.canonical = like.canonical;
  out.state = like.state;
  out.mayBeSurname = like.mayBeSurname;
  return out;
}
