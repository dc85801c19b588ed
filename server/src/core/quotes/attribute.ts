import { paragraphTexts, type ScannedDocument } from '../markup/scan';
import type { AnalyzeOptions } from '../options';
import type { Cue, Paragraph, Quotation, Span } from '../types';
import { firstNameGender, startsWithPartyTag } from '../entities/names';
import { foldKey } from '../entities/tokens';
import { isJsSpace } from '../words';
import { BE_FORMS, DETERMINERS, OWNER_PRONOUNS, PRONOUNS, reportingVerbs, SOURCE_PREPOSITIONS, TIE_NOUNS, TITLES, VERB_MODIFIERS } from './cues';
import { headClass, ingForm, isSourceNoun, parseSpeakerBackward, parseSpeakerForward, isTitle, possessiveBackward, subjectBeforeItsVerb, type SpeakerLexicon, type SpeakerPhrase } from './phrases';
import { endsInPossessive, endsSentence, ParagraphTokens, POSSESSIVE_LENGTH, withoutPossessive, type Token } from './tokens';

/** Digits, apostrophes and hyphens only ("2024", "'90s"). */
const NUMBER_TEXT = /^[\p{N}'’-]+$/u;

/** How far around a quotation the attribution is looked for (bounded, so the engine stays linear). */
const WINDOW = 320;
/** Most tokens between a leading cue and the quotation it governs. */
const MAX_CUE_DISTANCE = 28;

/** An attribution found in a quotation's sentence. */
export interface Attribution {
  phrase: SpeakerPhrase;
  cue: Cue;
}

/** Everything the attribution patterns need, built once per document. */
export interface AttributionContext {
  text: string;
  verbs: Set<string>;
  lex: SpeakerLexicon;
  /** The paragraphs' tokens: every window below is cut from them. */
  tokens: ParagraphTokens;
}

/** The lexicons of the last options seen, with their key (options rarely change between analyses). */
let lexicons: { key: string; verbs: Set<string>; lex: SpeakerLexicon } | null = null;

/** A key for what of the options the attribution patterns depend on. */
export function attributionOptionsKey(options: AnalyzeOptions): string {
  return `${options.extraCues.join('\u0001')}\u0002${options.anonymousWords.join('\u0001')}`;
}

/** An attribution context with the key of the options its lexicons were built from (`attributionOptionsKey`). */
export type KeyedAttributionContext = AttributionContext & { optionsKey: string };

/** Builds the lexicons from the options. */
export function attributionContext(doc: ScannedDocument, options: AnalyzeOptions): KeyedAttributionContext {
  const key = attributionOptionsKey(options);
  if (!lexicons || lexicons.key !== key) {
    lexicons = { key, verbs: reportingVerbs(options.extraCues), lex: { anonymous: new Set(options.anonymousWords.map((w) => w.toLowerCase())) } };
  }
  return {
    text: doc.masked,
    tokens: new ParagraphTokens(doc.masked, doc.paragraphs.map(spanOf), paragraphTexts(doc)),
    verbs: lexicons.verbs,
    lex: lexicons.lex,
    optionsKey: key,
  };
}

/** A paragraph's span. */
function spanOf(p: Paragraph): Span {
  return p.span;
}

export { WINDOW as ATTRIBUTION_WINDOW };

/** The sentence tokens before a quotation's opening mark (from the last sentence end). */
export function tokensBefore(ctx: AttributionContext, q: Quotation, para: Paragraph, floor: number): Token[] {
  const from = Math.max(para.span.start, floor, q.span.start - WINDOW);
  const tokens = ctx.tokens.range(from, q.span.start);
  let cut = 0;
  for (let k = 0; k < tokens.length; k++) if (endsSentence(tokens[k])) cut = k + 1;
  return tokens.slice(cut);
}

/** The sentence tokens after a quotation's closing mark (to the sentence end or the next quotation). */
export function tokensAfter(ctx: AttributionContext, q: Quotation, paraEnd: number, ceiling: number): Token[] {
  const to = Math.min(paraEnd, ceiling, q.span.end + WINDOW);
  const tokens = ctx.tokens.range(q.span.end, Math.max(q.span.end, to));
  for (let k = 0; k < tokens.length; k++) if (endsSentence(tokens[k])) return tokens.slice(0, k);
  return tokens;
}

/** Length of a source preposition ("according to") starting at token k, or 0. */
function sourcePrepositionAt(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (t === undefined || !SOURCE_FIRST_WORDS.has(t.lower)) return 0;
  for (const words of SOURCE_PREPOSITIONS) {
    let ok = true;
    for (let w = 0; w < words.length; w++) {
      if (tokens[k + w]?.lower !== words[w]) {
        ok = false;
        break;
      }
    }
    if (ok) return words.length;
  }
  return 0;
}

/** The first words of the source prepositions: most tokens are ruled out by one look-up. */
const SOURCE_FIRST_WORDS = new Set(SOURCE_PREPOSITIONS.map((words) => words[0]));

const FRENCH_INVERSION = /^(?:[\p{L}]+-t-|[\p{L}]+-)(il|elle|ils|elles)$/u;

/** True when token k is a reporting verb (or a French inverted verb "dit-il"). */
function isCue(ctx: AttributionContext, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  // a capitalised "States" or "Post" mid-sentence is a name, not a verb
  if (t.cap && k > 0) return false;
  // (an inverted verb always has a hyphen: most words skip the expression)
  return t.isWord && ((ctx.verbs.has(t.lower) && heardAuxiliaryAt(tokens, k) < 0 && !cueWordIsNounAt(tokens, k)) || (t.lower.includes('-') && FRENCH_INVERSION.test(t.lower)) || sourcePrepositionAt(tokens, k) > 0 || putItAt(tokens, k) || rememberedAt(ctx.text, tokens, k));
}

/**
 * "The crowd was told '…'", "'…,' reporters were warned": the passive of a verb whose object hears the words (`HEARD_PARTICIPLES`)
 * makes its subject the one who heard them, not the speaker. The token of the passive's auxiliary when token `k` is its participle, else -1.
 */
function heardAuxiliaryAt(tokens: readonly Token[], k: number): number {
  if (!HEARD_PARTICIPLES.has(tokens[k].lower) || k === 0) return -1;
  // "was told", "were repeatedly told", "had been told"
  const auxiliary = passiveAuxiliaryAt(tokens, k);
  return PASSIVE_AUXILIARIES.has(tokens[auxiliary].lower) ? auxiliary : -1;
}

/**
 * Whether the cue word at `k` is a noun or an adjective by the word before it: after an article, a possessive or "in"
 * (`NOUN_MARKERS`: "officials in charge", "the report", "his reply"), and "as the saying goes", "that saying" ("saying"
 * after "the", "this" or "that" is a proverb; only these English determiners: the French "a" of "a appelé" is an
 * auxiliary).
 */
function cueWordIsNounAt(tokens: Token[], k: number): boolean {
  if (k === 0) return false;
  const before = tokens[k - 1].lower;
  // (not after "one" or "two", which speak: "one said")
  return (tokens[k].lower === 'saying' && SAYING_DETERMINERS.has(before)) || NOUN_MARKERS.has(before);
}

/**
 * Words after which a cue word is a noun or an adjective, never the verb of saying ("in charge", "the reported deaths");
 * not "a", the French auxiliary too ("a déclaré"), nor "her", an object too ("Mary heard her say").
 */
const NOUN_MARKERS: ReadonlySet<string> = new Set(['an', 'the', 'his', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'in']);

/** The determiners that make "saying" after them a noun (`cueWordIsNounAt`). */
const SAYING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/**
 * For a quotation with no speaker, the passive in its sentence that names who heard its words, not who said them (`heardPassive`
 * of the tokens before it, then of those after it); `floor` and `ceiling` are the ends of the quotations around it.
 * The passive of the quotation before, going on to this one, is the rule's (`samePassive` in rules/unattributedQuote.ts): it reads
 * the text as written between the two, where this reads the blanked text's tokens, and the two tests differ.
 */
export function heardPassiveAround(ctx: AttributionContext, q: Quotation, paragraphs: readonly Paragraph[], floor: number, ceiling: number): Cue | null {
  const before = heardPassive(ctx, tokensBefore(ctx, q, paragraphs[q.paragraph], floor));
  if (before || !q.closed) return before;
  // the paragraph of its closing mark (a quotation run over paragraphs ends in a later one)
  const end = paragraphs[ctx.tokens.paragraphAt(q.span.end - 1)];
  return heardPassive(ctx, tokensAfter(ctx, q, end.span.end, ceiling));
}

/**
 * The passive of a verb whose object hears the words in a quotation's sentence ("The crowd was told '…'", "'…,' reporters were
 * warned", `heardAuxiliaryAt`), from its auxiliary to its participle; null when the sentence has none. It explains why that sentence,
 * with a verb of saying in it, names no speaker.
 */
function heardPassive(ctx: AttributionContext, tokens: readonly Token[]): Cue | null {
  for (let k = 1; k < tokens.length; k++) {
    const auxiliary = heardAuxiliaryAt(tokens, k);
    if (auxiliary >= 0) return cueOf(ctx, tokens[auxiliary], tokens[k]);
  }
  return null;
}

/** The token of the auxiliary before a participle at `k` ("was" of "was told", of "were repeatedly told"). */
function passiveAuxiliaryAt(tokens: readonly Token[], k: number): number {
  return tokens[k - 1].lower.endsWith('ly') && k > 1 ? k - 2 : k - 1;
}

/** Participles of verbs of saying whose object is the one told ("told", "warned"), not the words. */
const HEARD_PARTICIPLES: ReadonlySet<string> = new Set(['told', 'asked', 'warned', 'urged', 'promised', 'reminded', 'assured', 'advised', 'instructed', 'informed']);

/** Forms of "be" and "get" that make a participle after them passive ("was told", "been told", "got told"). */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([...BE_FORMS, 'be', 'been', 'being', 'get', 'gets', 'got', 'getting']);

/**
 * "'…' — that is how Lopez remembers it", "'…,' Lopez remembers.": "remember" with no object but "it" reports
 * remembered words as "recall" does; not with an object ("She remembers the flood"), a quoted one too ("Lopez
 * remembers 'the big one' of 1993": a name of it, no words of hers). Reads the text after it: the sentence's tokens may end there.
 */
function rememberedAt(text: string, tokens: Token[], k: number): boolean {
  if (!REMEMBER_FORMS.has(tokens[k].lower)) return false;
  const last = tokens[k + 1]?.lower === 'it' ? tokens[k + 1] : tokens[k];
  let i = last.end;
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  return i === text.length || AFTER_REMEMBERED.includes(text[i]);
}

/** What may follow "remember" or "remember it" that reports words: punctuation that ends it (no opening quotation mark). */
const AFTER_REMEMBERED = '.,;:!?)—–-';

/** Forms of "remember" (`rememberedAt`). */
const REMEMBER_FORMS: ReadonlySet<string> = new Set(['remember', 'remembers', 'remembered']);

/** "As Lopez put it, '…'", "'…,' as she put it": "put it" reports words as a verb of saying does ("put" alone does not). */
function putItAt(tokens: Token[], k: number): boolean {
  if (tokens[k].lower !== 'put' || tokens[k + 1]?.lower !== 'it') return false;
  // "put it," or "put it bluntly:", not "put it to a vote" or "put it at $5 million"
  const after = tokens[k + 2];
  return after === undefined || !after.isWord || after.lower.endsWith('ly');
}

function cueOf(ctx: AttributionContext, a: Token, b: Token): Cue {
  return { text: ctx.text.slice(a.start, b.end), span: { start: a.start, end: b.end } };
}

/** A French inverted verb carries its pronoun: "dit-il", "a-t-elle". */
function inversion(ctx: AttributionContext, tokens: Token[], k: number): Attribution | null {
  const t = tokens[k];
  // (every cue found is asked: most have no hyphen, which the expression needs)
  const m = t.lower.includes('-') ? FRENCH_INVERSION.exec(t.lower) : null;
  if (!m) return null;
  const start = t.end - m[1].length;
  let cueEnd = k;
  if (tokens[k + 1] && ctx.verbs.has(tokens[k + 1].lower)) cueEnd = k + 1; // "a-t-il ajouté"
  return {
    phrase: { span: { start, end: t.end }, kind: 'pronoun', first: k, last: k },
    cue: cueOf(ctx, t, tokens[cueEnd]),
  };
}

/**
 * The form of "be" one or two lower-case words before "to" at `j` ("was quick to", "was very rude to"), or -1; not
 * after an empty subject ("it was good practice to say", "it is the custom to call": no one in it speaks).
 */
function beBeforeTo(tokens: Token[], j: number, floor: number): number {
  for (let k = j - 2; k >= Math.max(floor, j - 3); k--) {
    if (!lowerWord(tokens[k + 1])) return -1;
    if (BE_FORMS.has(tokens[k].lower)) return k > floor && EMPTY_SUBJECTS.has(tokens[k - 1].lower) ? -1 : k;
  }
  return -1;
}

/** Subjects of "be" that name no one ("it was good practice to say", "there is a need to say"). */
const EMPTY_SUBJECTS: ReadonlySet<string> = new Set(['it', 'there', 'this', 'that']);

/** Steps back over adverbs, auxiliaries and an appositive between a speaker and its verb. */
function skipBack(tokens: Token[], j: number, floor: number, participle = false): number {
  let guard = 0;
  while (j >= floor && guard++ < 40) {
    const t = tokens[j];
    if (t.isWord && VERB_MODIFIERS.has(t.lower)) {
      j--;
      continue;
    }
    // "The governor was quick to say", "the man was very rude to call": the subject of "be" and one or two words before "to" says it
    const be = t.lower === 'to' ? beBeforeTo(tokens, j, floor) : -1;
    if (be >= 0) {
      j = be - 1;
      continue;
    }
    if (t.text === ',' || t.text === '—' || t.text === ')') {
      // an appositive: "Jones, who lost most of his pension last year, said"
      const closer = t.text === ')' ? '(' : t.text;
      let k = j - 1;
      while (k >= floor && j - k < 24 && tokens[k].text !== closer && !(closer === ',' && tokens[k].text === '—')) k--;
      // (before an "-ing" form, commas close clauses, not an appositive: "After the vote, Smith, a Democrat, criticized the
      // plan, saying" is Smith's, whom the sentence's subject gives; before "said" they may: "On Monday Jones, a Democrat, said")
      if (k >= floor && tokens[k].text === closer && k > floor - 1 && !(participle && closer === ',')) {
        j = k - 1;
        continue;
      }
    }
    break;
  }
  return j;
}

/** Marks that end the clause a pronoun subject opens (`pronounBeforeVerb`). */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?', '—']);

/** Third-person pronouns that stand as a verb's subject ("she bowed"), never as its object ("told her"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);

/**
 * "When I came close she bowed and said": a subject pronoun right before the lower-case verb at `verb` (its
 * verb modifiers skipped: "she quickly bowed") is the subject of the verbs "and" joins, not the sentence's opening
 * words. Null when no such pronoun stands there ("Jones came close and said" is the sentence's subject's).
 */
function pronounBeforeVerb(ctx: AttributionContext, tokens: Token[], verb: number): SpeakerPhrase | null {
  if (verb < 1 || !tokens[verb].isWord || tokens[verb].cap) return null;
  let k = verb - 1;
  while (k >= 0 && tokens[k].isWord && VERB_MODIFIERS.has(tokens[k].lower)) k--;
  const t = tokens[k];
  if (k < 0 || !t.isWord) return null;
  // "Mayor Tom Reed said she had lied and added": a pronoun in the words someone reported in its clause is not the one
  // who adds (the clause from the last comma or sentence end: "Asked about the plan, she smiled and said" is hers)
  let from = k;
  while (from > 0 && !CLAUSE_ENDS.has(tokens[from - 1].text)) from--;
  for (let m = from; m < k; m++) if (tokens[m].lower === 'that' || isCue(ctx, tokens, m)) return null;
  // (a first-person "I" is named, as the speaker parse makes it: "I said")
  if (t.text === 'I') return { span: { start: t.start, end: t.end }, kind: 'named', first: k, last: k };
  return SUBJECT_PRONOUNS.has(t.lower) ? { span: { start: t.start, end: t.end }, kind: 'pronoun', first: k, last: k } : null;
}

/**
 * The subject opening the sentence, for the cue whose clause ends at token `end` (the "and" of "Smith smiled and said",
 * or where `skipBack` stopped). A described one ends at its noun, before the verb "and" follows and its object
 * (`subjectBeforeItsVerb`: "The mayor thanked the voters and said" is "The mayor").
 * A sentence opened by a subordinate clause or an adverbial has its subject after the first comma ("When Jones
 * arrived, the mayor stood and said"); the opening word is never part of it ("When I came close", "While").
 */
function sentenceSubject(tokens: Token[], end: number, lex: SpeakerLexicon): SpeakerPhrase | null {
  // (a copy that ends before the "and", on this rare path only: the parse reads up to its tokens' end; the verb before it
  // and any object go in `subjectBeforeItsVerb`)
  const beforeAnd = end >= 1 && tokens[end].lower === 'and';
  const clause = beforeAnd ? tokens.slice(0, end) : tokens;
  const first = tokens[0];
  let phrase: SpeakerPhrase | null;
  if (!first.isWord || !first.cap || !SUBORDINATE_OPENERS.has(first.lower)) phrase = parseSpeakerForward(clause, 0, lex);
  else {
    const comma = firstComma(tokens, 1, end);
    phrase = parseSpeakerForward(clause, comma < end ? comma + 1 : 0, lex);
    // "After the vote Smith thanked voters": a name after the opener's words is the subject, the opener never
    if (phrase && phrase.span.start === first.start) phrase = null;
  }
  if (!phrase) return null;
  phrase = subjectBeforeItsVerb(clause, phrase, lex);
  // ("the man with the basket smiled and said": the word before "and" is the verb or its object, never the subject's)
  if (beforeAnd && phrase.last === end - 1 && phrase.first < end - 1) {
    const shorter = parseSpeakerForward(tokens.slice(0, end - 1), phrase.first, lex);
    return shorter && subjectBeforeItsVerb(tokens, shorter, lex);
  }
  return phrase;
}

/** The first comma among tokens `[from, end)`, or `end`: where a sentence's opening clause ends. */
function firstComma(tokens: Token[], from: number, end: number): number {
  let k = from;
  while (k < end && tokens[k].text !== ',') k++;
  return k;
}

/** Words that open a sentence with a subordinate clause or an adverbial before its subject ("When", "After", "In"). */
const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set([
  'when', 'whenever', 'while', 'as', 'after', 'before', 'since', 'until', 'till', 'once', 'if', 'unless', 'because', 'although',
  'though', 'whereas', 'whether', 'where', 'wherever', 'in', 'on', 'at', 'during', 'from', 'by', 'with', 'without', 'for', 'despite',
  'upon', 'through', 'throughout', 'under', 'amid', 'among', 'against', 'across', 'behind', 'beyond', 'within', 'toward', 'towards',
  'unlike', 'following', 'regarding', 'besides', 'into', 'over',
]);

/**
 * The speaker phrase before a cue at token c: skips adverbs and appositives, but an appositive
 * that is itself a name is the speaker ("NHS England's medical director, Professor Stephen Powis, warned").
 */
function subjectBefore(ctx: AttributionContext, tokens: Token[], c: number, floor: number, participle = false): SpeakerPhrase | null {
  const restricted = relativeSubject(ctx, tokens, c, floor);
  if (restricted) return restricted;
  let j = c - 1;
  while (j >= floor && tokens[j].isWord && VERB_MODIFIERS.has(tokens[j].lower)) j--;
  // "UFC-Que Choisir, which called the prices …": the relative pronoun's antecedent speaks
  if (j - 2 >= floor && RELATIVES.has(tokens[j].lower) && tokens[j - 1].text === ',') return subjectBefore(ctx, tokens, j - 1, floor);
  if (j - 1 >= floor && tokens[j].text === ',') {
    const name = parseSpeakerBackward(tokens, j - 1, ctx.lex);
    if (name && name.kind === 'named' && tokens[name.first].cap && name.first - 1 >= floor && tokens[name.first - 1].text === ',' && !startsWithPartyTag(tokens[name.first].text)) {
      // "Joe Biden's wife, Jill Biden, said", "the chief executive, Dana Wells, said": the phrase starts at the role
      const role = name.first - 2 >= floor ? possessiveBackward(tokens, name.first - 2, ctx.lex) ?? parseSpeakerBackward(tokens, name.first - 2, ctx.lex) : null;
      // "police in Cleveland, Ohio, said": a group where it is, the place written with its state, speaks whole
      // (a group where it is, `parseSpeakerBackward`'s "in" join, is described: "A spokesman for the Democratic Party, Luis Ortega," is Ortega)
      // (a person's name there opens with a first name: "a spokeswoman in London, Jane Doe," is Jane Doe; "Ore.", "New York" go on with the place)
      if (role && role.first >= floor && role.described === true && role.kind !== 'named' && role.kind !== 'pronoun' && tokens[role.last].cap && !firstNameGender(foldKey(tokens[name.first].text))) {
        return { ...role, span: { start: role.span.start, end: name.span.end }, last: name.last };
      }
      return role && role.first >= floor && describes(tokens, role) ? { ...name, first: role.first } : name;
    }
  }
  j = skipBack(tokens, c - 1, floor, participle);
  // "the first to say", "was among the first to say": the infinitive's "to" ends no speaker (a subject of "be" was skipped over above)
  return j >= floor && tokens[j].lower !== 'to' ? parseSpeakerBackward(tokens, j, ctx.lex) : null;
}

/** A speaker phrase that describes someone rather than names them ("the chief executive", "her husband", "Joe Biden's wife"). */
function describes(tokens: Token[], phrase: SpeakerPhrase): boolean {
  return phrase.described === true || phrase.kind !== 'named' || !tokens[phrase.first].cap;
}

/** Relative pronouns that open a restrictive clause after a speaker ("an official who was not authorized …"). */
const RESTRICTIVE_RELATIVES = new Set(['who', 'whom', 'whose']);
/** Most tokens of a restrictive relative clause between the speaker and the verb. */
const MAX_RELATIVE_CLAUSE = 26;

/**
 * A subject with a restrictive relative clause before the cue at token c: "A grain trader in
 * Chicago who asked not to be named … said", "An official who was not authorized to speak
 * publicly said". The speaker opens the clause (the sentence, or what follows its last comma
 * before the relative pronoun) and may carry a short prepositional phrase ("in Chicago").
 */
function relativeSubject(ctx: AttributionContext, tokens: Token[], c: number, floor: number): SpeakerPhrase | null {
  let w = -1;
  for (let k = c - 1; k >= floor && c - k <= MAX_RELATIVE_CLAUSE; k--) {
    const t = tokens[k];
    if (!t.isWord) {
      // punctuation inside the clause: an appositive or another clause, left to the other patterns
      return null;
    }
    if (RESTRICTIVE_RELATIVES.has(t.lower)) {
      w = k;
      break;
    }
  }
  if (w < 0 || w === c - 1 || w - 1 < floor || !tokens[w - 1].isWord) return null;
  let start = w - 1;
  while (start - 1 >= floor && w - start < 8 && tokens[start - 1].isWord) start--;
  if (start - 1 >= floor && tokens[start - 1].isWord) return null;
  const phrase = parseSpeakerForward(tokens, start, ctx.lex);
  if (!phrase || phrase.first !== start || phrase.kind === 'pronoun' || phrase.last >= w) return null;
  // between the speaker and the relative pronoun only a short prepositional phrase ("in Chicago")
  const gap = w - phrase.last - 1;
  if (gap > 0 && (gap > 4 || !LOCATIVE_PREPOSITIONS.has(tokens[phrase.last + 1].lower))) return null;
  return phrase;
}

const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'for', 'with', 'near', 'outside', 'inside', 'on']);

const RELATIVES = new Set(['which', 'who', 'qui', 'que', 'quien', 'der', 'die', 'welche']);

/** Auxiliaries before a participle cue: "a déclaré", "hat gesagt", "ha dicho". */
const AUXILIARIES = new Set(['a', 'avait', 'ont', 'hat', 'hatte', 'ha', 'había', 'han']);

/** Punctuation between a quotation and the attribution after it (`attributeAfter` passes over it). */
export const PUNCTUATION_BEFORE_ATTRIBUTION: ReadonlySet<string> = new Set([',', '—', '–', '-']);

/** Whether a quotation's text ends in a full stop inside its marks (`/\.$/`, read as the last code unit: the expression scans the whole quotation for its periods). */
export function endsInFullStop(quotedText: string): boolean {
  return quotedText.charCodeAt(quotedText.length - 1) === 46;
}

/** Whether a quotation's text ends its sentence inside its marks: `/[.!?]$/.test(text)`, read as the last code unit. */
export function endsWithSentenceEnd(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 46 || c === 33 || c === 63;
}

/**
 * Whether a quotation ending in a full stop inside its marks is followed by a new sentence: `first`,
 * the first token after it past `PUNCTUATION_BEFORE_ATTRIBUTION`, is capitalised. `attributeAfter`
 * then finds nothing, whatever the rest of the sentence holds.
 */
export function newSentenceAfter(quotedText: string, first: Token | null): boolean {
  return first !== null && first.cap && endsInFullStop(quotedText);
}

/**
 * Attribution after the quotation: `"…," Trump told reporters`, `"…," said Sen. Warren`,
 * `"…," according to a department spokesperson`, `"…," Jones, who …, said on Monday`.
 */
export function attributeAfter(ctx: AttributionContext, after: Token[], quotedText: string): Attribution | null {
  let k = 0;
  while (k < after.length && !after[k].isWord && PUNCTUATION_BEFORE_ATTRIBUTION.has(after[k].text)) k++;
  if (k >= after.length) return null;
  // after a full stop inside the marks only a lower-case attribution belongs to the quote ("…." he said)
  if (newSentenceAfter(quotedText, after[k])) return null;
  // 'Critics called it "a giveaway," and lawmakers said they would fight': a clause joined after a quotation inside a
  // sentence (its words in lower case) reports other words ('"Really?" and she laughed' is hers)
  if (!after[k].cap && CLAUSE_JOINERS.has(after[k].lower) && startsLowerCase(quotedText)) return null;
  const prep = sourcePrepositionAt(after, k);
  if (prep) {
    const phrase = parseSpeakerForward(after, k + prep, ctx.lex);
    return phrase ? { phrase, cue: cueOf(ctx, after[k], after[k + prep - 1]) } : null;
  }
  const auxiliary = AUXILIARIES.has(after[k].lower) && after[k + 1] && ctx.verbs.has(after[k + 1].lower);
  if (auxiliary || isCue(ctx, after, k)) {
    // ('…that the cost would be "manageable," estimating it at…': an "-ing" cue right after the quotation goes on with
    // the sentence's subject, and what follows it is its object)
    if (!auxiliary && ingForm(after[k].lower) && !after[k].cap) return null;
    const inv = inversion(ctx, after, k);
    if (inv) return inv;
    // "a déclaré le ministre", "said Trump"
    const v = auxiliary ? k + 1 : k;
    const phrase = parseSpeakerForward(after, v + 1, ctx.lex);
    // "state officials said": a cue word that is a noun too, modifying the speaker before the cue, is no cue
    const modifies = !auxiliary && nounCueBeforeCue(ctx, after, k);
    if (!modifies) return phrase ? { phrase, cue: cueOf(ctx, after[k], after[v]) } : null;
  }
  // speaker first, then the verb: find the first cue within reach
  for (let c = k + 1; c < after.length && c - k <= 30; c++) {
    // ("the secretary of state said": a cue word right before another ends the speaker, not the clause)
    if (!isCue(ctx, after, c) || nounCueBeforeCue(ctx, after, c)) continue;
    const inv = inversion(ctx, after, c);
    if (inv) return null;
    const phrase = subjectBefore(ctx, after, c, k);
    if (!phrase || phrase.first < k) return null;
    // only words may come between the quotation and the speaker ("City manager Pep Guardiola")
    for (let m = k; m < phrase.first; m++) if (!after[m].isWord || phrase.first - k > 6) return null;
    if (sourcePrepositionAt(after, c)) return null;
    return { phrase, cue: cueOf(ctx, after[c], after[c]) };
  }
  return null;
}

/** Conjunctions that join a clause of its own after a quotation's closing mark. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'yet']);

/** Whether a quotation's words open with a lower-case letter: a partial quotation inside a sentence ("a giveaway,"). */
function startsLowerCase(quotedText: string): boolean {
  const c = quotedText.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a;
}

/**
 * Cue words that are nouns or adjectives too ("state officials", "the secretary of state", "police reports"): before a
 * cue of the same clause, one modifies or ends the speaker and the cue after it is the verb.
 */
const NOUN_CUES: ReadonlySet<string> = new Set(['state', 'report', 'reports', 'claims', 'charges', 'estimates', 'calls', 'notes', 'posts', 'texts', 'emails', 'tweets']);

/** The most words between a noun cue and the cue after it in one speaker ("state attorney general said"). */
const MAX_WORDS_AFTER_NOUN_CUE = 3;

/**
 * Whether the cue at `k` is a noun cue (`NOUN_CUES`) with a cue after it within a few words and no punctuation, one that
 * is no "-ing" form, no noun cue itself and no noun after a determiner ("state officials said", "the secretary of state
 * told"; not "Smith claims in a tweet", "reports state news agency IRNA").
 */
function nounCueBeforeCue(ctx: AttributionContext, tokens: Token[], k: number): boolean {
  if (!NOUN_CUES.has(tokens[k].lower)) return false;
  for (let m = k + 1; m < tokens.length && m - k <= MAX_WORDS_AFTER_NOUN_CUE + 1; m++) {
    const t = tokens[m];
    if (!t.isWord) return false;
    // (a cue word after a determiner is a noun: "claims in a tweet", "notes in a post"; nor is a noun cue the verb after
    // another: "reports state news agency IRNA")
    if (!ingForm(t.lower) && !NOUN_CUES.has(t.lower) && !DETERMINERS.has(tokens[m - 1].lower) && isCue(ctx, tokens, m)) return true;
  }
  return false;
}

/**
 * "“You get me a file.” He tilted me again.": the action beat that tags a line of dialogue in fiction. `after` are the tokens
 * from a quotation's closing mark to its paragraph's end (the caller asks only for a quotation that is a sentence opening its
 * paragraph); the sentence after it speaks for it when its subject is "he", "she" or a name and it reports no words of its own
 * ("Mayor Tom Reed said the vote was close."). The cue is the beat's verb.
 */
export function beatAfter(ctx: AttributionContext, after: Token[]): Attribution | null {
  const t = after[0];
  if (t === undefined || !t.isWord || !t.cap) return null;
  const gender = PRONOUNS[t.lower];
  const phrase: SpeakerPhrase | null =
    gender === 'male' || gender === 'female' ? { span: { start: t.start, end: t.end }, kind: 'pronoun', first: 0, last: 0 } : DETERMINERS.has(t.lower) ? null : parseSpeakerForward(after, 0, ctx.lex);
  if (!phrase || phrase.kind === 'organization' || phrase.kind === 'document' || phrase.described === true) return null;
  const verb = after[phrase.last + 1];
  if (verb === undefined || !lowerWord(verb) || BEAT_STOPS.has(verb.lower)) return null;
  for (let k = phrase.last + 1; k < after.length && !endsSentence(after[k]); k++) if (after[k].isWord && isCue(ctx, after, k)) return null;
  return { phrase, cue: cueOf(ctx, verb, verb) };
}

/** Words after a sentence's first name that make it no subject of a verb ("Smith and Jones", "Smith, who"). */
const BEAT_STOPS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'who', 'whose', 'which', 'that', 'of']);

/**
 * Attribution before the quotation, in the same sentence: `Trump said "…"`, `Trump reiterated
 * that "…"`, `Trump wrote on Twitter: "…"`, `described the proposal as "…"`, `In a statement, the
 * department said it "…"`, `According to the report, "…"`, and the headline `Trump: '…'`.
 */
export function attributeBefore(ctx: AttributionContext, before: Token[]): Attribution | null {
  const n = before.length;
  if (!n) return null;
  // (first: "answer", "reply" are verbs of saying too, and would take "Her final" for the speaker)
  const owned = ownersWordsBeforeColon(ctx, before);
  if (owned) return owned;
  for (let c = n - 1; c >= 0 && n - c <= MAX_CUE_DISTANCE; c--) {
    if (!before[c].isWord) continue;
    const prep = sourcePrepositionAt(before, c);
    if (prep) {
      const phrase = parseSpeakerForward(before, c + prep, ctx.lex);
      if (phrase) return { phrase, cue: cueOf(ctx, before[c], before[c + prep - 1]) };
      continue;
    }
    if (!isCue(ctx, before, c)) continue;
    const inv = inversion(ctx, before, c);
    if (inv) return inv;
    const participle = ingForm(before[c].lower);
    const j = skipBack(before, c - 1, 0, participle);
    let phrase = subjectBefore(ctx, before, c, 0, participle);
    // "The dog's answer was blunt:": a possessive before the word owns it, a noun; whose words those are is for `ownersWordsBeforeColon` alone
    if (phrase && phrase.last === c - 1 && endsInPossessive(before[c - 1].lower)) continue;
    // "said Trump: '…'" or a verb with the subject after it (never an "-ing" form: "…, telling CNN:" is told to CNN)
    if (!phrase && !participle && (j < 0 || before[j].text === ',' || before[j].text === ':')) phrase = parseSpeakerForward(before, c + 1, ctx.lex);
    // "…, adding that it …", "Smith smiled and said": the subject speaks, the nearest clause's or the sentence's
    if (!phrase && (participle || before[j]?.lower === 'and')) phrase = (before[j]?.lower === 'and' ? pronounBeforeVerb(ctx, before, j - 1) : null) ?? sentenceSubject(before, j, ctx.lex);
    if (phrase && phrase.last < c) return { phrase, cue: cueOf(ctx, before[c], before[c]) };
    if (phrase && phrase.first > c) return { phrase, cue: cueOf(ctx, before[c], before[c]) };
    // a noun that looks like a verb ("demands", "email"): keep looking further back
  }
  const manner = mannerBeforeColon(ctx, before);
  if (manner) return manner;
  // headline style "Trump: '…'": a name and a colon are the whole sentence so far
  if (before[n - 1].text === ':' && n >= 2) {
    const phrase = parseSpeakerBackward(before, n - 2, ctx.lex);
    if (phrase && phrase.first === 0 && phrase.kind !== 'pronoun' && !phraseHolds(before, phrase, BE_FORMS, false) && !namesNoOne(before, phrase)) return { phrase, cue: cueOf(ctx, before[n - 1], before[n - 1]) };
    // headline style "Reyes on Game 7 loss: '…'": a name, a topic and a colon
    const speaker = parseSpeakerForward(before, 0, ctx.lex);
    const topic = speaker ? speaker.last + 1 : -1;
    if (speaker && speaker.first === 0 && speaker.kind !== 'pronoun' && topic < n - 2 && n - 1 - topic <= MAX_TOPIC && HEADLINE_TOPIC.has(before[topic].lower)) {
      let words = true;
      for (let k = topic + 1; k < n - 1; k++) if (!before[k].isWord && !NUMBER_TEXT.test(before[k].text)) words = false;
      if (words) return { phrase: speaker, cue: cueOf(ctx, before[n - 1], before[n - 1]) };
    }
  }
  return null;
}

/**
 * "Lopez was blunt: '…'", "The mayor, asked about the plan, was emphatic: '…'": the sentence's subject, a form of
 * "be" and a manner of speaking (`MANNERS_OF_SPEAKING`) end the sentence at the colon that opens the quotation,
 * so the subject says it. Only a subject that names someone (`namesSomeone`) speaks ("The result is clear:" does not).
 */
function mannerBeforeColon(ctx: AttributionContext, before: Token[]): Attribution | null {
  const n = before.length;
  if (n < 4 || before[n - 1].text !== ':') return null;
  const manner = before[n - 2];
  const be = before[n - 3];
  if (!manner.isWord || !MANNERS_OF_SPEAKING.has(manner.lower) || !be.isWord || !BE_FORMS.has(be.lower)) return null;
  // (`subjectBefore` parses backward from before the verb: its phrase always ends before "be")
  const phrase = subjectBefore(ctx, before, n - 3, 0);
  // the sentence's subject, not the last noun of it ("The mayor of Chicago was blunt:" is no word of Chicago's)
  return phrase && (phrase.first === 0 || afterOpeningClause(before, phrase.first)) && namesSomeone(ctx, before, phrase) ? { phrase, cue: cueOf(ctx, be, manner) } : null;
}

/**
 * Whether the phrase at token `first` follows the one opening clause of its sentence, which starts the tokens and ends in
 * the comma before it: a subordinate opener's ("After the loss, Spoelstra was blunt:") or a participle's ("Asked about
 * the defense, Spoelstra was blunt:").
 */
function afterOpeningClause(tokens: Token[], first: number): boolean {
  if (first < 3 || firstComma(tokens, 1, first) !== first - 1) return false;
  const opener = tokens[0].lower;
  return tokens[0].isWord && (SUBORDINATE_OPENERS.has(opener) || opener.endsWith('ed') || opener.endsWith('ing'));
}

/**
 * "Her message was simple: '…'", "Lopez's answer was blunt: '…'", "Her answer: '…'": words of speech (`WORDS_OF_SPEECH`, after
 * at most two lower-case words: "Her final message") owned by a person's pronoun or a possessive opening the sentence, then
 * the colon that opens the quotation, or a form of "be" and at most three lower-case words before it: the owner says it.
 * The possessive is a name's ("Lopez's") or a person's or body's noun after a determiner ("The mayor's", `ownsWords`).
 * Words owned by no one ("The answer was simple:") or by a thing ("Its message was clear:") name no speaker.
 */
function ownersWordsBeforeColon(ctx: AttributionContext, before: Token[]): Attribution | null {
  const n = before.length;
  if (n < 3 || before[n - 1].text !== ':') return null;
  const words = wordsOfSpeechBeforeColon(before);
  if (words < 1) return null;
  let owner = words - 1;
  while (owner > 0 && words - 1 - owner < 2 && lowerWord(before[owner]) && OWNER_PRONOUNS[before[owner].lower] === undefined && !endsInPossessive(before[owner].lower)) owner--;
  const cue = cueOf(ctx, before[words], before[n - 2]);
  const t = before[owner];
  if (owner === 0 && OWNER_PRONOUNS[t.lower] !== undefined) return { phrase: { span: { start: t.start, end: t.end }, kind: 'pronoun', first: 0, last: 0 }, cue };
  if (!t.isWord || !endsInPossessive(t.lower)) return null;
  const phrase = parseSpeakerBackward(before, owner, ctx.lex);
  if (!phrase || phrase.first !== 0 || !(t.cap ? phrase.kind === 'named' : ownsWords(t, ctx.lex))) return null;
  // the speaker is the owner without its possessive ending ("Lopez", "The mayor")
  return { phrase: { ...phrase, span: { start: phrase.span.start, end: t.end - POSSESSIVE_LENGTH } }, cue };
}

/**
 * The token of the words of speech that end the sentence before its colon (`before` ends in one): right before it
 * ("Her answer:") or before a form of "be" and one to three lower-case words ("Her answer was blunt:"); -1 when none does.
 */
function wordsOfSpeechBeforeColon(before: Token[]): number {
  const n = before.length;
  if (lowerWord(before[n - 2]) && WORDS_OF_SPEECH.has(before[n - 2].lower)) return n - 2;
  let be = n - 2;
  while (be > n - 5 && be > 0 && lowerWord(before[be]) && !BE_FORMS.has(before[be].lower)) be--;
  return be < n - 2 && be >= 2 && BE_FORMS.has(before[be].lower) && WORDS_OF_SPEECH.has(before[be - 1].lower) ? be - 1 : -1;
}

/** Whether a lower-case possessive names one whose words they are: a title, a tie, a source or a body ("mayor's", "lawyer's", "spokeswoman's", "company's"). */
function ownsWords(t: Token, lex: SpeakerLexicon): boolean {
  const noun = withoutPossessive(t.lower);
  const kind = headClass(t, lex);
  return TITLES.has(noun) || TIE_NOUNS.has(noun) || kind === 'anonymous' || kind === 'organization';
}

/** Whether a token is a word in lower case. */
function lowerWord(t: Token): boolean {
  return t.isWord && !t.cap;
}

/** Nouns of what someone said, which their owner says ("Her message was simple:", "Lopez's answer was blunt:"). */
const WORDS_OF_SPEECH: ReadonlySet<string> = new Set([
  'message', 'answer', 'reply', 'response', 'statement', 'words', 'advice', 'verdict', 'point', 'view', 'reaction', 'argument',
  'explanation', 'comment', 'comments', 'remark', 'remarks', 'retort', 'take', 'assessment', 'warning', 'plea', 'appeal', 'request',
  'question', 'conclusion', 'prediction', 'instructions', 'reasoning', 'promise', 'vow', 'mantra', 'motto', 'excuse', 'pitch',
]);

/** How someone spoke, after "was" and before the colon that opens their words ("Lopez was blunt:"; not "right", "close", "simple"). */
const MANNERS_OF_SPEAKING: ReadonlySet<string> = new Set([
  'blunt', 'blunter', 'emphatic', 'clear', 'direct', 'candid', 'frank', 'firm', 'adamant', 'defiant', 'unapologetic', 'succinct',
  'terse', 'brief', 'unequivocal', 'categorical', 'forthright', 'philosophical', 'optimistic', 'pessimistic', 'upbeat', 'cautious',
  'diplomatic', 'scathing', 'withering', 'dismissive', 'defensive', 'apologetic', 'contrite', 'emotional', 'measured', 'pointed',
]);

/** Words after the head of a speaker phrase that open what the head is of ("a spokeswoman for the agency", "the mayor of Chicago"). */
const AFTER_SPEAKER_HEAD: ReadonlySet<string> = new Set(['for', 'of', 'at', 'with', 'from']);

/**
 * Whether a speaker phrase found without a verb of saying names someone who speaks: a pronoun, a name, a title
 * ("the mayor") or a source's noun ("a spokeswoman"); not any noun after a determiner ("The answer", "The result").
 */
function namesSomeone(ctx: AttributionContext, tokens: Token[], phrase: SpeakerPhrase): boolean {
  // a person's pronoun ("It was close:" is no one's)
  if (phrase.kind === 'pronoun') return PRONOUNS[tokens[phrase.first].lower] !== 'neuter';
  // the head: the last word, or the one before "for"/"of" ("a spokeswoman for the agency"; "The Trump statement" is a statement)
  let head = phrase.last;
  for (let k = phrase.first + 1; k < phrase.last; k++) {
    if (AFTER_SPEAKER_HEAD.has(tokens[k].lower)) {
      head = k - 1;
      break;
    }
  }
  const t = tokens[head];
  return (t.cap && !DETERMINERS.has(t.lower)) || isTitle(t) || isSourceNoun(t.lower, ctx.lex);
}

/**
 * Whether a word of a phrase is one of `words` (`lowerCaseOnly`: written in lower case). A form of "be" in any case makes
 * a clause ("The Answer Was Simple:"), no headline's speaker ("Trump:"); only a run of capitalised words holds one, the STOP
 * set of phrases.ts (`BE_FORMS`) ending any other phrase before "be". A lower-case noun of a proverb (`PROVERBS`: "The saying
 * goes", "An old adage") makes its words no one's.
 */
function phraseHolds(tokens: Token[], phrase: SpeakerPhrase, words: ReadonlySet<string>, lowerCaseOnly: boolean): boolean {
  for (let k = phrase.first; k <= phrase.last; k++) if (!(lowerCaseOnly && tokens[k].cap) && words.has(tokens[k].lower)) return true;
  return false;
}

/**
 * Whether a headline's phrase before its colon is no one's name: an imperative ("Remember:", `COLON_IMPERATIVES`), words
 * of speech described, not owned ("The answer:", "Its answer:"; `ownersWordsBeforeColon` finds an owner's), or a proverb
 * ("The saying goes:", "An old adage:").
 */
function namesNoOne(tokens: Token[], phrase: SpeakerPhrase): boolean {
  if (phrase.first === phrase.last && COLON_IMPERATIVES.has(tokens[phrase.first].lower)) return true;
  return phrase.kind === 'named' && !tokens[phrase.last].cap && (WORDS_OF_SPEECH.has(tokens[phrase.last].lower) || phraseHolds(tokens, phrase, PROVERBS, true));
}

/** Nouns of a proverb, said by everyone and so by no one ("the saying", "an old adage"). */
const PROVERBS: ReadonlySet<string> = new Set(['saying', 'sayings', 'proverb', 'adage', 'maxim', 'aphorism']);

/** Imperatives of thought and perception that open a quotation after a colon, which the reader is told to do ("Remember: '…'"). */
const COLON_IMPERATIVES: ReadonlySet<string> = new Set(['remember', 'imagine', 'consider', 'note', 'listen', 'look', 'see', 'think', 'recall', 'beware', 'watch']);

/** Prepositions that introduce a headline's topic between speaker and colon ("Reyes on Game 7 loss:"). */
const HEADLINE_TOPIC = new Set(['on', 'about', 'over', 'after', 'at']);
/** Most tokens of a headline's topic. */
const MAX_TOPIC = 10;
