/**
 * What a relative clause right after a speaker says of its name: withheld on purpose ("…, said one official, who declined
 * to be named") and why ("because he was not authorized to speak publicly"), as news style asks a story to say.
 */

/** The words of a clause that withholds a source's name ("who declined to be named", "on condition of anonymity"). */
const WITHHELD = /\b(?:anonymity|(?:declined|asked not|requested not|refused) to be (?:named|identified)|not authori[sz]ed to)\b/;

/** The words of a clause that give the reason a name is withheld ("because", "to discuss", "to speak candidly", "not authorized to", "for fear"). */
const REASON = /\b(?:because|to discuss|to describe|to speak|not authori[sz]ed to|for fear|fearing)\b/;

/** The longest clause after a speaker these tests read (UTF-16 code units): a sentence's worth, never a paragraph. */
const MAX_CLAUSE = 160;

/** The openings of a clause about a speaker right after it (", who …", " who …", ", speaking on condition of anonymity"). */
const CLAUSE_OPENINGS = [', who ', ' who ', ', speaking ', ', talking '];

/** The clause about the speaker opening right after `end` (`CLAUSE_OPENINGS`), up to `MAX_CLAUSE` code units, or null when none opens there. */
function clauseAfter(text: string, end: number): string | null {
  for (const opening of CLAUSE_OPENINGS) {
    if (text.startsWith(opening, end)) return text.slice(end + opening.length, Math.min(text.length, end + opening.length + MAX_CLAUSE));
  }
  return null;
}

/** Whether a relative clause right after `end` says the speaker before it is not named on purpose ("…, who declined to be named"). */
export function anonymityClaimedAfter(text: string, end: number): boolean {
  const clause = clauseAfter(text, end);
  return clause !== null && WITHHELD.test(clause);
}

/**
 * Whether a relative clause right after `end` gives the reason for withholding the name of the speaker before it ("…, who
 * spoke on condition of anonymity because the talks were private"): the story says what news style asks it to.
 */
export function anonymityExplainedAfter(text: string, end: number): boolean {
  const clause = clauseAfter(text, end);
  return clause !== null && REASON.test(clause);
}

/** `WITHHELD`, global, for `anonymityExplainedIn`'s walk over every match. */
const WITHHELD_ALL = new RegExp(WITHHELD.source, 'g');

/**
 * Whether `text` (a quotation's paragraph and the one before it, up to the quotation) says why a source is not named: a
 * withheld name and its reason in one sentence ("A senior official, who spoke on condition of anonymity because talks were
 * ongoing, said …"), so that "the official said" after it needs no hint.
 */
export function anonymityExplainedIn(text: string): boolean {
  WITHHELD_ALL.lastIndex = 0;
  for (let m = WITHHELD_ALL.exec(text); m !== null; m = WITHHELD_ALL.exec(text)) {
    const stop = text.indexOf('. ', m.index);
    if (REASON.test(text.slice(m.index, Math.min(stop < 0 ? text.length : stop, m.index + MAX_CLAUSE)))) return true;
  }
  return false;
}
