import { PLURAL_TITLE_PAIRS } from './pluralTitles';

/**
 * Abbreviations that keep their full stop in both tokenizers (entities/tokens.ts and
 * quotes/tokens.ts), lower case without the stop: titles ("Mr.", "Sen.", "Hon."), suffixes
 * ("Jr.", "Inc."), "St.", "Mt.", "vs.". One list, so that both engines read "Sen." the same way.
 */
export const NAME_ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'rev', 'hon', 'pres', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'maj',
  'capt', 'sgt', 'adm', 'cmdr', 'supt', 'st', 'mt', 'ft', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'vs',
];

/**
 * More abbreviations that keep their full stop in the quotation tokenizer only (lower case, without
 * the stop): titles the entities' title list does not have ("Pvt.", "Fr.": there the full stop
 * would join them to the name), states after a party ("D-Mass."), months, "No.", "a.m.". The
 * entities read a full stop to tell a capitalised sentence start from a name, and "no.", "ill."
 * or "mass." end sentences more often than they abbreviate.
 */
export const QUOTE_ABBREVIATIONS: readonly string[] = [
  'sra', 'insp', 'pvt', 'cpl', 'fr', 'no', 'm', 'mass', 'calif', 'fla', 'ill', 'ind', 'md', 'mich', 'minn', 'ore', 'pa', 'tenn',
  'tex', 'va', 'wash', 'wis', 'conn', 'ky', 'la', 'ariz', 'colo', 'del', 'ga', 'kan', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla',
  'vt', 'wyo', 'ala', 'ark', 'approx', 'dept', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'a.m',
  'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c',
];

/** The abbreviated plural titles of `PLURAL_TITLE_PAIRS` as written, without their full stop ("Sens", "Drs", "Messrs"). */
export const PLURAL_TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  PLURAL_TITLE_PAIRS.filter(([plural]) => plural.endsWith('.')).map(([plural]) => plural.slice(0, -1)),
);
