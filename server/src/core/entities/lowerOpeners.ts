/**
 * The lower-case words that may open a name: a title's modifiers ("former Sen. Ames") and surname
 * particles ("de Blasio"). A module of plain word lists that imports nothing, so that the tokenizer
 * (`tokens.ts`, which marks them `WORD_KIND.lowerOpener`) and the mention finder read the same
 * lists whichever of them is loaded first.
 */

/**
 * Title modifiers of a time in office (`TITLE_MODIFIERS` but the ranks, "Vice", "Chief", "Senior", which open
 * bodies' names too): opening a sentence before a name they belong to a title after it ("Former Google CEO",
 * "Interim CEO"), no name word.
 */
export const TERM_MODIFIERS: ReadonlySet<string> = new Set(['interim', 'former', 'acting', 'incoming', 'outgoing']);

/** Lower-case words that belong to a title before it ("interim President", "former Sen."): `TERM_MODIFIERS`, ranks ("deputy", "vice") and others. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  ...TERM_MODIFIERS, 'deputy', 'vice', 'then', 'late', 'assistant', 'associate', 'senior', 'chief', 'newly', 'elected',
]);

/** Particles that open a surname written without the first name ("de Blasio", "van Gogh", "du Motel"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'di', 'da', 'du', 'van', 'von', 'der', 'ter', 'ten', 'dos']);

/** The folded words a name may start at when written in lower case (`WORD_KIND.lowerOpener`): `TITLE_MODIFIERS` and `SURNAME_PARTICLES`. */
export const LOWER_OPENERS: ReadonlySet<string> = new Set([...TITLE_MODIFIERS, ...SURNAME_PARTICLES]);
