/**
 * Nouns of kinship, one list for both engines: the entities' gender evidence (entities/gender.ts)
 * and role nouns (entities/titles.ts), and the quotation engine's ties a possessive name owns
 * (quotes/cues.ts).
 */

/** The gender a noun of kinship tells, or 'either'. */
export type KinGender = 'male' | 'female' | 'either';

/** Nouns of the closest kinship (spouse, parent, child, sibling) and the gender each tells. */
const CLOSE_KIN: ReadonlyArray<readonly [string, KinGender]> = [
  ['wife', 'female'], ['husband', 'male'], ['son', 'male'], ['daughter', 'female'],
  ['father', 'male'], ['mother', 'female'], ['brother', 'male'], ['sister', 'female'],
];

/** Nouns of further kinship and the gender each tells. */
const FURTHER_KIN: ReadonlyArray<readonly [string, KinGender]> = [
  ['uncle', 'male'], ['nephew', 'male'], ['grandson', 'male'], ['grandfather', 'male'],
  ['aunt', 'female'], ['niece', 'female'], ['granddaughter', 'female'], ['grandmother', 'female'],
  ['cousin', 'either'],
];

/** Nouns of the closest kinship ("wife", "son", "sister"): the kin words among the role nouns. */
export const CLOSE_KIN_NOUNS: readonly string[] = CLOSE_KIN.map(([noun]) => noun);

/** Nouns of kinship and the gender each tells ("his sister" is a woman's role; a cousin is of either). */
export const KIN_NOUNS: ReadonlyMap<string, KinGender> = new Map([...CLOSE_KIN, ...FURTHER_KIN]);
