/**
 * What a story says of an unnamed source's name: withheld on purpose, in a clause right after the speaker ("…, said one
 * official, who declined to be named"), and why ("because he was not authorized to speak publicly"), there or in the
 * sentences just before the quotation, as news style asks a story to say.
 */
import { NAME_ABBREVIATIONS, QUOTE_ABBREVIATIONS } from '../abbreviations';

/** The words of a clause that withholds a source's name ("who declined to be named", "on condition of anonymity"). */
const WITHHELD = /\b(?:anonymity|(?:declined|asked not|requested not|refused) to be (?:named|identified))\b/;

/** The words of a clause that withholds a source's name and says why at once ("who was not authorized to speak publicly"). */
const WITHHELD_FOR_WANT_OF_LEAVE = /\bnot authori[sz]ed to (?:publicly )?(?:speak|discuss|talk|comment|release|disclose|brief|be quoted|be named|be identified)\b/;

/** The words after a withheld name that give the reason ("because", "to discuss", "to speak candidly", "for fear"). */
const REASON = new RegExp(`\\b(?:because|to discuss|to describe|to speak|to talk|for fear|fearing)\\b|${WITHHELD_FOR_WANT_OF_LEAVE.source}`);

/** The longest clause after a speaker these tests read (UTF-16 code units): a sentence's worth, never a paragraph. */
const MAX_CLAUSE = 160;

/** The openings of a clause about a speaker right after it (", who …", " who …", ", speaking on condition of anonymity"). */
const CLAUSE_OPENINGS = [', who ', ' who ', ', speaking ', ', talking '];

/**
 * The clause about the speaker opening right after `end` (`CLAUSE_OPENINGS`), up to its sentence's end (a full stop
 * before a space, a line break) and at most `MAX_CLAUSE` code units, or null when none opens there.
 */
function clauseAfter(text: string, end: number): string | null {
  for (const opening of CLAUSE_OPENINGS) {
    if (text.startsWith(opening, end)) return sentenceFrom(text, end + opening.length);
  }
  return null;
}

/** The text from `start` to its sentence's end (a full stop before a space, or a line break), at most `MAX_CLAUSE` code units. */
function sentenceFrom(text: string, start: number): string {
  const limit = Math.min(text.length, start + MAX_CLAUSE);
  let stop = start;
  // (a bounded walk: `indexOf` would read on to the text's end where no sentence ends)
  while (stop < limit && text.charCodeAt(stop) !== 10 && !(text.charCodeAt(stop) === 46 && text.charCodeAt(stop + 1) === 32 && !abbreviationEndsAt(text, stop))) stop++;
  return text.slice(start, stop);
}

/** Abbreviations whose full stop ends no sentence ("Jan.", "Sept.", "U.S.", "Dr."), lower case without it: both tokenizers' lists. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([...NAME_ABBREVIATIONS, ...QUOTE_ABBREVIATIONS]);

/** The longest abbreviation in `ABBREVIATIONS` (code units), so that a long word before a full stop is no look-up. */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Whether the full stop at `dot` ends an abbreviation (`ABBREVIATIONS`: "Jan.", "U.S."), not a sentence. */
function abbreviationEndsAt(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && dot - w <= MAX_ABBREVIATION && text.charCodeAt(w - 1) !== 32 && text.charCodeAt(w - 1) !== 10) w--;
  return dot - w <= MAX_ABBREVIATION && ABBREVIATIONS.has(text.slice(w, dot).toLowerCase());
}

/** Whether `clause` withholds a name and gives the reason after the words that withhold it. */
function withheldWithReason(clause: string): boolean {
  if (WITHHELD_FOR_WANT_OF_LEAVE.test(clause)) return true;
  const withheld = WITHHELD.exec(clause);
  return withheld !== null && REASON.test(clause.slice(withheld.index + withheld[0].length));
}

/** Whether a relative clause right after `end` says the speaker before it is not named on purpose ("…, who declined to be named"). */
export function anonymityClaimedAfter(text: string, end: number): boolean {
  const clause = clauseAfter(text, end);
  return clause !== null && (WITHHELD.test(clause) || WITHHELD_FOR_WANT_OF_LEAVE.test(clause));
}

/**
 * Whether a relative clause right after `end` gives the reason for withholding the name of the speaker before it ("…, who
 * spoke on condition of anonymity because the talks were private"): the story says what news style asks it to.
 */
export function anonymityExplainedAfter(text: string, end: number): boolean {
  const clause = clauseAfter(text, end);
  return clause !== null && withheldWithReason(clause);
}

/** The words that withhold a name, global, for `anonymityExplainedIn`'s walk over every match. */
const WITHHELD_ALL = new RegExp(`${WITHHELD.source}|${WITHHELD_FOR_WANT_OF_LEAVE.source}`, 'g');

/**
 * Whether `text` (the sentences just before a quotation: the anonymous-source rule's bounded look-back) says why a source is not named: a
 * withheld name and its reason in one sentence ("A senior official, who spoke on condition of anonymity because talks were
 * ongoing, said …"), so that "the official said" after it needs no hint.
 */
export function anonymityExplainedIn(text: string): boolean {
  WITHHELD_ALL.lastIndex = 0;
  for (let m = WITHHELD_ALL.exec(text); m !== null; m = WITHHELD_ALL.exec(text)) {
    if (withheldWithReason(sentenceFrom(text, m.index))) return true;
  }
  return false;
}
