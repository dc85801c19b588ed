/** Helpers of the entity rule tests: one-paragraph documents read after a headline line. */
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/core/analyze';
import type { Article, Finding } from '../../server/src/core/types';
import { findingsOf } from './findings.helpers';

/** The body mentions of a one-paragraph document (a headline line keeps it from being read as one), names nested in others left out. */
export function mentionsOf(text: string) {
  return allMentionsOf(text).filter((m) => m.within === undefined);
}

/** The body mentions of a one-paragraph document, names nested in longer names ("Boston" in "Boston Red Sox") included. */
export function allMentionsOf(text: string) {
  const a = analyzeArticle('Headline\n\n' + text);
  return a.mentions.filter((m) => !(a.headline && m.span.start < a.headline.end));
}

/** The texts of the names nested in longer names, of an article or of a one-paragraph document. */
export function nestedTexts(source: Article | string): string[] {
  const mentions = typeof source === 'string' ? allMentionsOf(source) : source.mentions;
  return mentions.filter((m) => m.within !== undefined).map((m) => m.text);
}

/** The `first-reference` hints of a one-paragraph document (spans count the headline line before it). */
export function firstReferenceHints(text: string): Finding[] {
  return findingsOf(analyzeArticle('Headline\n\n' + text), 'first-reference');
}

/** The text of every body mention. */
export function textsOf(text: string): string[] {
  return mentionsOf(text).map((m) => m.text);
}

/** `[text, type]` of every body mention. */
export function typed(text: string): [string, string][] {
  return mentionsOf(text).map((m) => [m.text, m.type]);
}

/** The type of the first body mention written `name`, or undefined where there is none. */
export function typeOf(text: string, name: string): string | undefined {
  return mentionsOf(text).find((m) => m.text === name)?.type;
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
