import { characterAt, characterBefore, isLetter } from '../chars';
import { phraseKeys } from '../entities/names';
import { TITLES } from '../entities/titles';
import { mentionById } from '../queries';
import type { Mention, Span } from '../types';
import type { RawFinding, Rule, RuleContext } from './rule';

/** A space between two other characters (`hasTwoWords`). */
const TWO_WORDS = /\S\s+\S/;

/** More than one word (a space between two other characters). */
function hasTwoWords(text: string): boolean {
  return TWO_WORDS.test(text);
}

function inside(s: Span, outer: Span | null): boolean {
  return !!outer && s.start >= outer.start && s.end <= outer.end;
}

/**
 * `first-reference`: a person first named by surname alone when the full name only comes later,
 * or never introduced with a full name. The headline does not count as a first reference, and a
 * unique office ("President Trump") is a full first reference.
 */
export const firstReference: Rule = {
  code: 'first-reference',
  description: 'A person is first referred to by surname only; introduce the full name first.',
  run({ article }) {
    const findings: RawFinding[] = [];
    for (const entity of article.entities) {
      if (entity.type !== 'person') continue;
      // most people are introduced properly: their first body mention settles it
      const ids = entity.mentionIds;
      let k = 0;
      let first: Mention | undefined;
      while (k < ids.length && (!(first = bodyMention(article, ids[k])) || namesBusiness(article.text, first))) k++;
      if (!first || hasTwoWords(first.text)) continue;
      let fuller: Mention | undefined;
      for (k++; k < ids.length && !fuller; k++) {
        const m = bodyMention(article, ids[k]);
        if (m && hasTwoWords(m.text)) fuller = m;
      }
      if (fuller) {
        findings.push({
          span: first.span,
          message: `First reference to ${entity.name} uses only “${first.text}”; the full name “${fuller.text}” comes later.`,
          fixes: [{ title: `Write “${fuller.text}” here`, edits: [{ span: first.span, newText: fuller.text }] }],
        });
      } else if (!hasUniqueTitle(article.text, first)) {
        findings.push({ span: first.span, message: `${entity.name} is never introduced with a full name.` });
      }
    }
    return findings;
  },
};

/**
 * The mention with this id unless it is in the headline (which is no first reference), a title
 * alone ("the Secretary") or a name inside a longer name ("Savage" in "Savage Love").
 */
function bodyMention(article: RuleContext['article'], id: string): Mention | undefined {
  const m = mentionById(article, id);
  return m && !m.titleOnly && m.within === undefined && !inside(m.span, article.headline) ? m : undefined;
}

/** A space and a capitalised word. */
const CAPITALISED_NOUN_AHEAD = /^ (\p{Lu})(\p{Ll}+)\b/u;

/**
 * "outside Rossi's Bakery" (and "a corner bakery" elsewhere): a possessive before a common noun
 * written capitalised names a business after the person; it is no reference to the person.
 */
function namesBusiness(text: string, m: Mention): boolean {
  if (!m.possessive) return false;
  const noun = CAPITALISED_NOUN_AHEAD.exec(text.slice(m.possessive.end, m.possessive.end + 40));
  return !!noun && hasWord(text, noun[1].toLowerCase() + noun[2]);
}

/**
 * Whether `word` (letters) stands in `text` with no letter right before or after it, as written:
 * one `indexOf` scan, a surrogate pair before or after read as the one character it is.
 */
export function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(characterBefore(text, at)) && !isLetter(characterAt(text, at + word.length))) return true;
  }
  return false;
}

function hasUniqueTitle(text: string, m: Mention): boolean {
  if (!m.title) return false;
  const keys = phraseKeys(text.slice(m.title.start, m.title.end));
  for (let i = 0; i < keys.length; i++) if (TITLES.longestAt(keys, i)?.value.unique) return true;
  return false;
}
