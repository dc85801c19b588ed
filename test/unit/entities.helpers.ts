/** Helpers of the entity rule tests: one-paragraph documents read after a headline line. */
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/core/analyze';
import type { NameCandidate, NameInfo } from '../../server/src/core/entities/nameTypes';
import { partIndexOf, partNamesOf, partShortFormsOf, type PartLinkContext } from '../../server/src/core/entities/headShortForms';
import type { Article, Finding } from '../../server/src/core/types';
import { findingsOf } from './findings.helpers';

/** The analysis of a one-paragraph document: the text after a headline line (which keeps it from being read as one). */
export function articleOf(text: string): Article {
  return analyzeArticle('Headline\n\n' + text);
}

/** The body mentions of a one-paragraph document (a headline line keeps it from being read as one), names nested in others left out. */
export function mentionsOf(text: string) {
  return allMentionsOf(text).filter((m) => m.within === undefined);
}

/** The body mentions of a one-paragraph document, names nested in longer names ("Boston" in "Boston Red Sox") included. */
export function allMentionsOf(text: string) {
  const a = articleOf(text);
  return a.mentions.filter((m) => !(a.headline && m.span.start < a.headline.end));
}

/** The texts of the names nested in longer names, of an article or of a one-paragraph document. */
export function nestedTexts(source: Article | string): string[] {
  const mentions = typeof source === 'string' ? allMentionsOf(source) : source.mentions;
  return mentions.filter((m) => m.within !== undefined).map((m) => m.text);
}

/** The `first-reference` hints of a one-paragraph document (spans count the headline line before it). */
export function firstReferenceHints(text: string): Finding[] {
  return findingsOf(articleOf(text), 'first-reference');
}

/** The text of every body mention. */
export function textsOf(text: string): string[] {
  return mentionsOf(text).map((m) => m.text);
}

/** `[name, type, roles]` of every entity of a one-paragraph document. */
export function rolesOf(text: string): [string, string, readonly string[]][] {
  return articleOf(text).entities.map((e) => [e.name, e.type, e.roles]);
}

/** `[text, type]` of every body mention. */
export function typed(text: string): [string, string][] {
  return mentionsOf(text).map((m) => [m.text, m.type]);
}

/** The type of the first body mention written `name`, or undefined where there is none. */
export function typeOf(text: string, name: string): string | undefined {
  return mentionsOf(text).find((m) => m.text === name)?.type;
}

/** `titleOnly` of the first body mention written `name` (a title standing for its holder), or undefined where there is none. */
export function titleOnlyOf(text: string, name: string): boolean | undefined {
  return mentionsOf(text).find((m) => m.text === name)?.titleOnly;
}

/** Whether the first mentions written `a` and `b` belong to one entity. */
export function sameEntity(text: string, a: string, b: string, bOccurrence = 0): boolean {
  const ms = mentionsOf(text);
  const ma = ms.find((m) => m.text === a);
  const mb = ms.filter((m) => m.text === b)[bOccurrence];
  assert.ok(ma && mb, `no mention ${ma ? b : a} in ${JSON.stringify(ms.map((m) => m.text))}`);
  return ma.entityId === mb.entityId;
}

/**
 * The type of the first body mention written `name`, failing where there is none: for checks that
 * a name is "not of this type", which `typeOf` would pass on a name that is no mention at all.
 */
export function typeOfFound(text: string, name: string): string {
  const ms = mentionsOf(text);
  const m = ms.find((x) => x.text === name);
  assert.ok(m, `no mention ${name} in ${JSON.stringify(ms.map((x) => x.text))}`);
  return m.type;
}

/**
 * The context `findEntities` hands `linkPartShortForms` (flags: bit 1 a part of a longer name,
 * bit 2 a name a title pass may take), made from each paragraph's candidate list and its names'
 * infos as it makes it. `titled(i, k)`: whether a title pass may take name `k` of paragraph `i`.
 */
export function partLinkContext(
  lists: readonly (readonly NameCandidate[])[], infos: readonly (readonly NameInfo[])[], titled: (i: number, k: number) => boolean,
): PartLinkContext {
  const parts = lists.map((list, i) => partNamesOf(list, infos[i], Uint8Array.from(list, (_, k) => (titled(i, k) ? 1 : 0)), 1));
  const index = partIndexOf(parts);
  const total = lists.reduce((n, list) => n + list.length, 0);
  const flags = new Uint8Array(total);
  for (let i = 0, n = 0; i < lists.length; i++) {
    const found = partShortFormsOf(parts[i], infos[i], index);
    for (let k = 0; k < lists[i].length; k++, n++) flags[n] = (found[k] === 1 ? 1 : 0) | (titled(i, k) ? 2 : 0);
  }
  return { index, flags, part: 1, title: 2 };
}

/** "short->long" for each candidate linked to another as its short form (`aliasOf`). */
export function aliasLinks(cands: readonly NameCandidate[]): string[] {
  return cands.filter((c) => c.aliasOf !== undefined).map((c) => `${c.text}->${cands[c.aliasOf!].text}`);
}
