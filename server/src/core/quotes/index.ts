import type { ScannedDocument } from '../markup/scan';
import type { AnalyzeOptions } from '../options';
import type { Cue, Entity, Mention, Paragraph, Quotation, QuotationKind, Span, Speaker } from '../types';
import { anonymityClaimedAfter } from './anonymity';
import { clearWithMemos, memoPerParagraph } from '../memo';
import { sameSlice } from '../lists';
import { keepShape } from '../shapes';
import { entityById } from '../queries';
import { SUBORDINATE_OFFICE_WORDS, spelledOutTitleWords } from '../entities/titles';
import { DETERMINERS } from './cues';
import { isJsSpace } from '../words';
import {
  ATTRIBUTION_WINDOW, attributeAfter, attributeBefore, beatAfter, attributionContext, endsInFullStop, endsWithSentenceEnd, newSentenceAfter, PUNCTUATION_BEFORE_ATTRIBUTION, tokensAfter, tokensBefore, type Attribution, type AttributionContext, type KeyedAttributionContext,
} from './attribute';
import { classifyQuotation, TextIndex } from './classify';
import { innerBounds } from './findQuotations';
import { nameKey, paragraphPeople, personIndex, resolvePronoun, type NamedSpeaker, type OutsidePeople, type ParagraphPeople } from './pronouns';
import type { ParagraphTokens, Token } from './tokens';

export { findQuotations } from './findQuotations';
export { scanQuoteMarks, type MarkScan, type RawQuotation } from './scanMarks';
export type { ClassifiedMark, MarkRole } from './marks';

/** What the attribution of a document's quotations leaves for the rules: the quotations nested in no other, and the context it read them with. */
export interface AttributedQuotations {
  /** The quotations nested in no other, in order (`topQuotations`). */
  top: Quotation[];
  /** The document's attribution context: its paragraphs' tokens are those the attribution already made. */
  context: AttributionContext;
}

/**
 * Links each quotation to its speaker and cue and sets its kind (fills `speaker` and `kind` in
 * place), and returns what the rules read of it. Patterns are looked for in the quotation's own sentence (for a line of dialogue opening its
 * paragraph, also in the action beat after it: `beatAfter`); a quotation without one
 * inherits the speaker of the attributed quotation before it in the same paragraph (cue null).
 * Pronouns resolve to the nearest compatible person; named speakers map to overlapping mentions.
 */
export function attributeQuotations(
  doc: ScannedDocument,
  quotations: Quotation[],
  mentions: Mention[],
  entities: Entity[],
  options: AnalyzeOptions,
): AttributedQuotations {
  const ctx = attributionContext(doc, options);
  const paragraphs = doc.paragraphs;
  const top = topQuotations(quotations);
  if (!paragraphs.length) return { top, context: ctx };
  const sortedMentions = byStart(mentions);
  // the paragraphs each top quotation starts and ends in
  const startParas = quotationParagraphs(top, paragraphs, false);
  const endParas = quotationParagraphs(top, paragraphs, true);
  const own = attributeOwn(ctx, top, startParas, endParas, sortedMentions, paragraphs, entities);
  classifyNested(ctx, quotations, paragraphs);
  resolvePronounSpeakers(ctx, top, paragraphs, sortedMentions, entities);
  inheritSpeakers(ctx.text, top, startParas, endParas, own);
  return { top, context: ctx };
}

// (each step below is a function of its own: the optimizing compiler works on one at a time, and
// a step it must deoptimize leaves the others optimized)

/** The quotations nested in no other, in order. */
function topQuotations(quotations: readonly Quotation[]): Quotation[] {
  const top: Quotation[] = [];
  for (let n = 0; n < quotations.length; n++) if (quotations[n].parentId === null) top.push(quotations[n]);
  return top;
}

/** The paragraph each quotation starts in, or with `atEnd` ends in (quotations come in order: one walk). */
function quotationParagraphs(top: Quotation[], paragraphs: Paragraph[], atEnd: boolean): Paragraph[] {
  const at = paragraphWalker(paragraphs);
  const out: Paragraph[] = new Array(top.length);
  for (let n = 0; n < top.length; n++) {
    const q = top[n];
    out[n] = at(atEnd ? Math.max(q.span.start, q.span.end - 1) : q.span.start);
  }
  return out;
}

/**
 * Each top quotation's own attribution and its kind: what lies inside the quotation's paragraph is
 * memoised by the paragraph text, only colon intros and inheritance are global. Returns whether
 * each has an attribution of its own (not inherited).
 */
function attributeOwn(
  ctx: KeyedAttributionContext,
  top: Quotation[],
  startParas: Paragraph[],
  endParas: Paragraph[],
  sortedMentions: Mention[],
  paragraphs: Paragraph[],
  entities: Entity[],
): boolean[] {
  const own: boolean[] = new Array(top.length).fill(false);
  // (its lists are made when a title alone first needs them)
  const offices = new StoryOffices(ctx.text, sortedMentions, entities, paragraphs);
  for (let n = 0; n < top.length; n++) {
    const q = top[n];
    const startPara = startParas[n];
    const endPara = endParas[n];
    // the tokens after a quotation stop at the next one's opening mark
    const ceiling = n + 1 < top.length ? top[n + 1].span.start : Infinity;
    const inside = insideItsParagraphs(q, startPara, endPara);
    const local = localAttribution(ctx, q, startPara, endPara, inside, n > 0 ? top[n - 1].span.end : 0, ceiling);
    // the offsets of the local attribution's before and after tokens are from these (document offsets: 0)
    const afterBase = inside ? endPara.span.start : 0;
    // the attribution found, in paragraph offsets from `base`
    let found = local.found;
    let base = local.foundInAfter ? afterBase : inside ? startPara.span.start : 0;
    if (!found && !local.before.length && q.span.start === startPara.span.start) {
      found = colonIntro(ctx, paragraphs, startPara);
      base = 0;
    }
    // a line of dialogue opening its paragraph, tagged by the action after it ("“You get me a file.” He tilted me again.")
    if (!found && !local.dropped && q.closed && startPara === endPara && q.span.start === startPara.span.start && endsWithSentenceEnd(q.text)) {
      found = personsBeat(beatAfter(ctx, ctx.tokens.range(q.span.end, Math.min(endPara.span.end, ceiling))), sortedMentions);
      base = 0;
    }
    const prev = n > 0 ? top[n - 1] : null;
    // (the sentence test only when nothing was found: it reads the text between the quotations)
    const attributed = !!found || (!!prev && own[n - 1] && !hasSentenceEnd(ctx.text, prev.span.end, q.span.start) && !endsWithSentenceEnd(prev.text));
    q.kind = kindOf(local, q.text, attributed);
    if (found) {
      own[n] = true;
      q.speaker = makeSpeaker(ctx.text, found, base, sortedMentions, offices);
    } else if (prev?.speaker && startPara.index - startParas[n - 1].index <= 2) {
      // a verb with its subject dropped ("…", añadió): the previous speaker goes on
      const cue = local.dropped ? shiftedCue(local.dropped, afterBase) : null;
      if (cue) {
        own[n] = true;
        q.speaker = withCue(prev.speaker, cue);
      }
    }
  }
  // (so that no context keeps this document's text and tokens until the next analysis)
  lastTextContext = null;
  return own;
}

/** An action beat (`beatAfter`) whose subject is a pronoun or a person's name: a company's doings ("Tallyo also suffered …") tag no one's words. */
function personsBeat(beat: Attribution | null, sortedMentions: Mention[]): Attribution | null {
  return beat && (beat.phrase.kind === 'pronoun' || overlapping(sortedMentions, beat.phrase.span)?.type === 'person') ? beat : null;
}

/** The kind of each quotation inside another (quotes inside quotes share their text: one index over the outermost quotation answers all of them). */
function classifyNested(ctx: AttributionContext, quotations: Quotation[], paragraphs: Paragraph[]): void {
  const roots = new Map<string, Quotation>();
  const indexes = new Map<Quotation, TextIndex>();
  // (indexed loops here: for-ofs made an iterator result per quotation, about 11 KB a keystroke in a 20,000-word article)
  for (let n = 0; n < quotations.length; n++) {
    const q = quotations[n];
    if (q.parentId === null) continue;
    const parent = quotations[Number(q.parentId.slice(1))];
    const root = roots.get(q.parentId) ?? (parent?.id === q.parentId ? parent : quotations.find((p) => p.id === q.parentId)!);
    roots.set(q.id, root);
    let index = indexes.get(root);
    if (!index) indexes.set(root, (index = new TextIndex(ctx.text, root.span.start, root.span.end)));
    const [start, end] = innerBounds(ctx.text, q.span.start, q.span.end, q.closed);
    const para = paragraphAt(paragraphs, q.span.start);
    const from = Math.max(para.span.start, q.span.start - 80, q.span.start - ATTRIBUTION_WINDOW);
    const before = q.span.start <= para.span.end ? ctx.tokens.relativeLastSentence(para.index, from, q.span.start) : tokensBefore(ctx, q, para, q.span.start - 80);
    q.kind = classifyQuotation({ text: q.text, before, attributed: false, at: { index, start, end } });
  }
}

/**
 * The person each pronoun speaker stands for: the nearest compatible person, preferring the previous
 * quotation's speaker (the person index is only read for pronoun speakers: an article without one needs none).
 */
function resolvePronounSpeakers(ctx: AttributionContext, top: Quotation[], paragraphs: Paragraph[], sortedMentions: Mention[], entities: Entity[]): void {
  const index = top.some((q) => q.speaker?.kind === 'pronoun') ? personIndex(peopleOutside(ctx.tokens, paragraphs, top), sortedMentions, entities, namedSpeakers(top)) : null;
  let previousKey: string | null = null;
  for (let n = 0; n < top.length; n++) {
    const s = top[n].speaker;
    if (!s) continue;
    if (s.kind === 'pronoun' && index) {
      const para = paragraphAt(paragraphs, s.span.start);
      const windowStart = paragraphs[Math.max(0, para.index - 2)].span.start;
      const r = resolvePronoun(index, s.text, s.span.start, windowStart, previousKey);
      if (r) {
        s.entityId = r.chosen.entityId;
        // alternatives are entity ids: a rival known only by its written name has none to offer
        const alternatives: string[] = [];
        // and only persons: a pronoun never stands for a body or a place ("Imperial College London")
        for (const c of r.alternatives) if (c.entityId !== null && c.entityId !== s.entityId && !alternatives.includes(c.entityId) && isPerson(entities, c.entityId)) alternatives.push(c.entityId);
        if (alternatives.length) s.alternatives = alternatives;
        // (read only for a speaker without an entity: a WeakMap entry per keystroke and speaker costs the collector too)
        if (!s.entityId) resolvedNames.set(s, r.chosen.name);
        previousKey = r.chosen.key;
      }
    } else if (s.kind === 'named') previousKey = s.entityId ?? nameKey(s.text);
  }
}

/** Quotations without their own attribution inherit within the paragraph (`own`: whether each has one). */
function inheritSpeakers(text: string, top: Quotation[], startParas: Paragraph[], endParas: Paragraph[], own: boolean[]): void {
  let lastSpeaker: Speaker | null = null;
  let lastPara = -1;
  for (let n = 0; n < top.length; n++) {
    const q = top[n];
    const para = startParas[n].index;
    if (para !== lastPara) lastSpeaker = null;
    if (!q.speaker && q.kind !== 'scare') {
      const next = top[n + 1];
      if (lastSpeaker) q.speaker = inherit(lastSpeaker);
      else if (next && next.speaker && own[n + 1] && onlySpaces(text, q.span.end, next.span.start)) q.speaker = inherit(next.speaker);
    }
    if (q.speaker) lastSpeaker = q.speaker;
    lastPara = endParas[n].index;
  }
}

/**
 * What a quotation's own paragraph tells of its attribution, in paragraph coordinates (offsets
 * from the start of the paragraph the tokens come from): shared by every analysis that sees the
 * same paragraph text with the quotation and its neighbours' bounds at the same places.
 */
interface LocalAttribution {
  /** The attribution after (in the end paragraph) or before (in the start paragraph) the quotation. */
  found: Attribution | null;
  foundInAfter: boolean;
  /**
   * The last two sentence tokens before the opening mark (all of them when fewer): all the
   * classifier reads of them (the last two, and whether there are two), so a memo entry keeps no
   * more of the sentence alive.
   */
  before: Token[];
  /** A bare verb after the quotation (subject dropped), in the end paragraph's coordinates. */
  dropped: Cue | null;
  /** The quotation's kind unattributed, and attributed (each computed on first use: two fields, not a list per quotation). */
  kind: QuotationKind | undefined;
  attributedKind: QuotationKind | undefined;
}

/**
 * A local attribution with what it was computed from besides the paragraph text (one object a
 * memo entry keeps per quotation, not an entry holding an attribution).
 */
interface LocalEntry extends LocalAttribution {
  /** Relative bounds: the before window's start, the quotation's start and end, the after window's end. */
  from: number;
  start: number;
  end: number;
  to: number;
  closed: boolean;
  optionsKey: string;
}

/** Local attributions by paragraph text, then by bounds and options (a short list: one per quotation of the paragraph). */
const localMemo = memoPerParagraph<LocalEntry[]>();
/** Most entries kept per paragraph text. */
const MAX_LOCAL_ENTRIES = 64;

/**
 * The local attribution of quotation `q`: its tokens' offsets are from the start of the paragraph
 * they come from, or document offsets where the quotation is not inside its paragraphs
 * (`inside` false: `insideItsParagraphs`, which the caller asked).
 */
function localAttribution(ctx: KeyedAttributionContext, q: Quotation, startPara: Paragraph, endPara: Paragraph, inside: boolean, floor: number, ceiling: number): LocalAttribution {
  const sBase = startPara.span.start;
  if (!inside) {
    const before = tokensBefore(ctx, q, startPara, floor);
    const after = q.closed ? tokensAfter(ctx, q, endPara.span.end, ceiling) : [];
    return computeLocal(ctx, ctx.text, before, ctx.text, after, q.text);
  }
  const bFrom = Math.max(sBase, floor, q.span.start - ATTRIBUTION_WINDOW);
  const aTo = q.closed ? Math.max(q.span.end, Math.min(endPara.span.end, ceiling, q.span.end + ATTRIBUTION_WINDOW)) : q.span.end;
  const texts = ctx.tokens;
  if (startPara !== endPara) {
    const before = texts.relativeLastSentence(startPara.index, bFrom, q.span.start);
    const after = sentenceAfter(texts, endPara.index, q, aTo);
    return computeLocal(ctx, texts.textOf(startPara.index), before, texts.textOf(endPara.index), after, q.text);
  }
  const paraText = texts.textOf(startPara.index);
  const entries = localMemo.getAt(startPara.index, paraText);
  const from = bFrom - sBase;
  const start = q.span.start - sBase;
  const end = q.span.end - sBase;
  const to = aTo - sBase;
  if (entries !== undefined) for (const e of entries) {
    if (e.start === start && e.end === end && e.from === from && e.to === to && e.closed === q.closed && e.optionsKey === ctx.optionsKey) return e;
  }
  const local = computeLocal(ctx, paraText, texts.relativeLastSentence(startPara.index, bFrom, q.span.start), paraText, sentenceAfter(texts, endPara.index, q, aTo), q.text);
  // (its bounds set here, not handed over in an object made per quotation)
  local.from = from;
  local.start = start;
  local.end = end;
  local.to = to;
  local.closed = q.closed;
  local.optionsKey = ctx.optionsKey;
  localMemo.addVariant(startPara.index, paraText, entries, local, MAX_LOCAL_ENTRIES, 'all');
  return local;
}

/** Whether quotation `q` lies inside the paragraphs it starts and ends in (it always does in practice). */
function insideItsParagraphs(q: Quotation, startPara: Paragraph, endPara: Paragraph): boolean {
  return q.span.start <= startPara.span.end && q.span.end <= endPara.span.end;
}

/**
 * The sentence tokens after quotation `q` (in paragraph `p`, to `to`), or none where a new sentence
 * follows it (`newSentenceAfter`): nothing after it is read then, so its tokens are not made. The
 * first token is looked for only after a full stop (`newSentenceAfter` is false without one): a
 * quotation ending otherwise ("…," she said) has it made once, with its sentence.
 */
function sentenceAfter(texts: ParagraphTokens, p: number, q: Quotation, to: number): Token[] {
  if (endsInFullStop(q.text) && newSentenceAfter(q.text, texts.relativeFirstTokenPast(p, q.span.end, to, PUNCTUATION_BEFORE_ATTRIBUTION))) return [];
  return texts.relativeSentence(p, q.span.end, to);
}

/**
 * The local attribution of a quotation from its sentence's tokens, with the bounds of one no memo
 * keeps (a memoised one's are set by `localAttribution`).
 */
function computeLocal(ctx: AttributionContext, beforeText: string, before: Token[], afterText: string, after: Token[], quotedText: string): LocalEntry {
  const afterCtx = contextWithText(ctx, afterText);
  let found = attributeAfter(afterCtx, after, quotedText);
  const foundInAfter = !!found;
  if (!found) found = attributeBefore(contextWithText(ctx, beforeText), before);
  return {
    found, foundInAfter, before: lastTwo(before), dropped: found ? null : droppedSubjectCue(afterCtx, after), kind: undefined, attributedKind: undefined,
    from: -1, start: -1, end: -1, to: -1, closed: false, optionsKey: '',
  };
}

/** The last context `contextWithText` made (the quotations of a paragraph share its text: one context for them all). */
let lastTextContext: AttributionContext | null = null;

/** `ctx` with `text` for its text: the attribution patterns read the tokens' offsets in it. */
function contextWithText(ctx: AttributionContext, text: string): AttributionContext {
  const last = lastTextContext;
  if (last !== null && last.text === text && last.tokens === ctx.tokens && last.verbs === ctx.verbs && last.lex === ctx.lex) return last;
  return (lastTextContext = { text, verbs: ctx.verbs, lex: ctx.lex, tokens: ctx.tokens });
}

/** The last two tokens of a list (the list itself when it has no more). */
function lastTwo(tokens: Token[]): Token[] {
  const n = tokens.length;
  return n <= 2 ? tokens : [tokens[n - 2], tokens[n - 1]];
}

function kindOf(local: LocalAttribution, text: string, attributed: boolean): QuotationKind {
  if (attributed) return (local.attributedKind ??= classifyQuotation({ text, before: local.before, attributed }));
  return (local.kind ??= classifyQuotation({ text, before: local.before, attributed }));
}

function shiftedCue(c: Cue, d: number): Cue {
  return { text: c.text, span: { start: c.span.start + d, end: c.span.end + d } };
}

/** The mentions sorted by start (stable): the list itself when it already is. */
function byStart(mentions: Mention[]): Mention[] {
  for (let k = 1; k < mentions.length; k++) if (mentions[k - 1].span.start > mentions[k].span.start) return [...mentions].sort((a, b) => a.span.start - b.span.start);
  return mentions;
}

/** `/[.!?]/.test(text.slice(from, to))` without the slice. */
function hasSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63) return true;
  }
  return false;
}

/** `/^\s*$/.test(text.slice(from, to))` without the slice. */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJsSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The cue of an attribution that is a bare verb ("…", añadió.), or null. */
function droppedSubjectCue(ctx: AttributionContext, after: Token[]): Cue | null {
  let k = 0;
  while (k < after.length && !after[k].isWord && after[k].text === ',') k++;
  if (after.length - k !== 1 || !after[k].isWord || !ctx.verbs.has(after[k].lower) || after[k].cap) return null;
  return { text: after[k].text, span: { start: after[k].start, end: after[k].end } };
}

/** For messages: the person a pronoun speaker without an entity id was resolved to (by text). */
export const resolvedNames = new WeakMap<Speaker, string>();

function inherit(s: Speaker): Speaker {
  // (not a spread: its copies had hidden classes of their own, which died when a text made none)
  const copy = withCue(s, null);
  if (s.alternatives) copy.alternatives = s.alternatives;
  const name = resolvedNames.get(s);
  if (name) resolvedNames.set(copy, name);
  return copy;
}

/**
 * The speaker of an attribution whose offsets are from `base` (named speakers take the span of the
 * mention they overlap; a title alone, its holder only when that is not a guess: `titleHolder`).
 */
function makeSpeaker(text: string, a: Attribution, base: number, mentions: Mention[], offices: StoryOffices): Speaker {
  let span: Span = { start: a.phrase.span.start + base, end: a.phrase.span.end + base };
  let entityId: string | null = null;
  if ((a.phrase.kind === 'named' || a.phrase.kind === 'organization') && a.phrase.described !== true) {
    const m = overlapping(mentions, span);
    // ("a Texas man said", "Ohio police said": a name that only modifies a description's noun is not the speaker)
    if (m && !(m.span.end < span.end && (opensWithDeterminer(text, span) || endsInLowerCaseWord(text, span)))) {
      entityId = m.titleOnly === true ? titleHolder(text, m, offices) : m.entityId;
      span = m.span;
    } else if (!m && a.phrase.kind === 'named') entityId = lowerCaseTitleHolder(text, span, offices);
  }
  // "said one portfolio manager, who declined to be named": a description the story says it withholds a name for
  const kind = a.phrase.kind === 'named' && entityId === null && opensWithDeterminer(text, span) && anonymityClaimedAfter(text, span.end) ? 'anonymous' : a.phrase.kind;
  return speaker(text.slice(span.start, span.end), span, kind, entityId, shiftedCue(a.cue, base));
}

/** Whether the phrase at `span` opens with a determiner ("a Texas man", "the Ukrainian soldier"): a description, not a name. */
function opensWithDeterminer(text: string, span: Span): boolean {
  const space = text.indexOf(' ', span.start);
  return space > span.start && space < span.end && DETERMINERS.has(text.slice(span.start, space).toLowerCase());
}

/** Whether the phrase at `span` ends in a lower-case word ("Ohio police"; not "Jones of Acme Corp."): its head is a common noun. */
function endsInLowerCaseWord(text: string, span: Span): boolean {
  const c = text.charCodeAt(text.lastIndexOf(' ', span.end - 1) + 1);
  return c >= 0x61 && c <= 0x7a;
}

/** Every speaker is built here: one hidden class, and one more with `alternatives` (kept below). */
function speaker(text: string, span: Span, kind: Speaker['kind'], entityId: string | null, cue: Cue | null): Speaker {
  return { text, span, kind, entityId, cue };
}

/** A copy of a speaker with another cue, without its `alternatives` (set later, by `resolvePronounSpeakers`). */
function withCue(s: Speaker, cue: Cue | null): Speaker {
  return speaker(s.text, s.span, s.kind, s.entityId, cue);
}

// few texts have a pronoun speaker with rivals: without a kept one, its hidden class died between them
keepShape('Speaker with alternatives', () => {
  const s = speaker('he', { start: 0, end: 2 }, 'pronoun', 'e0', { text: 'said', span: { start: 3, end: 7 } });
  s.alternatives = ['e1'];
  return s;
});

/** Paragraphs before a title alone in which the one holder of its title must be mentioned for the title to stand for them. */
const RECENT_HOLDER_PARAGRAPHS = 3;

/**
 * The entity a title alone speaking ("the Press Secretary said") stands for: the one person the
 * story gave that title to before it (not "Vice President Kamala Harris" for "the President"; one
 * holding it in an organization only when no one holds it outright), or of several, the only one
 * mentioned in the last few paragraphs; else null, a speaker described by the title, not a guess
 * between two holders.
 */
function titleHolder(text: string, m: Mention, offices: StoryOffices): string | null {
  const holder = officeHolder(offices, text.slice(m.span.start, m.span.end).toLowerCase(), m.span.start);
  // (none: a title this test does not read, "Sen." for "the Senator", left to the mention)
  return holder === undefined ? m.entityId : holder;
}

/**
 * "Mayor Jane Alvarez … 'We will cut,' the mayor added": a title alone in lower case after "the", as news copy writes it
 * (no mention: names are capitalised), stands for its holder by a title before a name as `titleHolder` finds them, or
 * else for the one person named before it with that role in an appositive ("Jane Alvarez, the mayor of Springfield,");
 * null when the story gave the title to no one, or to several not told apart (by title and role alike).
 */
function lowerCaseTitleHolder(text: string, span: Span, offices: StoryOffices): string | null {
  const phrase = text.slice(span.start, span.end);
  if (!(phrase.startsWith('the ') || phrase.startsWith('The ')) || phrase.length < 6) return null;
  const office = phrase.slice(4);
  if (office !== office.toLowerCase()) return null;
  // ("the man said", "the woman said": no title's or role's last word, one look-up)
  if (!offices.mayHold(office)) return null;
  const titled = officeHolder(offices, office, span.start);
  const roled = offices.roleHolders(office, span.start);
  if (titled === undefined) return roled.length === 1 ? roled[0] : null;
  return roled.length === 0 ? titled : null;
}

/** A person mention with a title before the name, as `StoryOffices` keeps it. */
interface TitledMention {
  entityId: string;
  start: number;
  /** The title in lower case, written out ("Sen." → "senator"). */
  title: string;
  /** The title follows an organization's name ("Acme Corp. President"). */
  inOrganization: boolean;
}

/** A person with roles, as `StoryOffices` keeps them. */
interface RoledPerson {
  entityId: string;
  /** Where it is first mentioned. */
  from: number;
  /** Its roles as offices (`officeOfRole`). */
  offices: string[];
}

/**
 * The offices the story gives people, for titles standing alone (`titleHolder`, `lowerCaseTitleHolder`): the titled
 * person mentions, the people with roles, and the words of both. Each list is worked out when a title alone first needs
 * it in an analysis, once: a speaker "the man" costs one look-up, and no speaker a walk over every mention.
 */
class StoryOffices {
  private titled: TitledMention[] | undefined;
  private roled: RoledPerson[] | undefined;
  private words: Set<string> | undefined;

  constructor(
    readonly text: string,
    readonly mentions: Mention[],
    private readonly entities: Entity[],
    readonly paragraphs: Paragraph[],
  ) {}

  /** The titled person mentions, in order. */
  titledMentions(): TitledMention[] {
    if (this.titled) return this.titled;
    const titled: TitledMention[] = [];
    for (let k = 0; k < this.mentions.length; k++) {
      const h = this.mentions[k];
      if (h.title === undefined || h.type !== 'person') continue;
      titled.push({ entityId: h.entityId, start: h.span.start, title: spelledOutTitle(this.text.slice(h.title.start, h.title.end)), inOrganization: heldInOrganization(this.mentions, k) });
    }
    return (this.titled = titled);
  }

  /** Whether some title or role has the last word of `office` among its words (else no one holds it: `holdsOffice` finds whole words). */
  mayHold(office: string): boolean {
    if (!this.words) {
      const words = new Set<string>();
      for (const t of this.titledMentions()) for (const w of t.title.split(' ')) words.add(w);
      for (const p of this.roledPeople()) for (const o of p.offices) for (const w of o.split(' ')) words.add(w);
      this.words = words;
    }
    return this.words.has(lastWordOf(office));
  }

  /** The people first mentioned before `at` with a role that holds `office` ("the mayor of Springfield", "opposition leader"), but for those holding it by a title before their name. */
  roleHolders(office: string, at: number): string[] {
    const holders: string[] = [];
    for (const p of this.roledPeople()) {
      if (p.from >= at || p.offices.every((o) => !holdsOffice(o, office))) continue;
      if (!this.titledMentions().some((t) => t.entityId === p.entityId && t.start < at && holdsOffice(t.title, office))) holders.push(p.entityId);
    }
    return holders;
  }

  private roledPeople(): RoledPerson[] {
    if (this.roled) return this.roled;
    const firstStart = new Map<string, number>();
    for (const m of this.mentions) if (!firstStart.has(m.entityId)) firstStart.set(m.entityId, m.span.start);
    const roled: RoledPerson[] = [];
    for (const e of this.entities) {
      if (e.type !== 'person' || e.roles.length === 0) continue;
      const from = firstStart.get(e.id);
      if (from !== undefined) roled.push({ entityId: e.id, from, offices: e.roles.map(officeOfRole) });
    }
    return (this.roled = roled);
  }
}

// few texts have a title alone: without a kept one, its hidden classes (and its lists') died between them
keepShape('StoryOffices', () => {
  const mention: Mention = { id: 'm0', span: { start: 6, end: 18 }, text: 'Jane Alvarez', type: 'person', entityId: 'e0', title: { start: 0, end: 5 } };
  const entity: Entity = { id: 'e0', name: 'Jane Alvarez', type: 'person', mentionIds: ['m0'], introducedBy: 'm0', roles: ['Mayor'] };
  const offices = new StoryOffices('Mayor Jane Alvarez', [mention], [entity], []);
  // (builds its lists: a titled mention and a person with roles)
  offices.mayHold('mayor');
  return offices;
});

/** The last word of a phrase. */
function lastWordOf(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(' ') + 1);
}

/**
 * A role as an office: lower case, written out, without its "of" phrase ("The mayor of Springfield": "the mayor"), so that
 * "the wife of the mayor" holds no office of mayor. `holdsOffice` finds the office among its words ("the city’s mayor").
 */
function officeOfRole(role: string): string {
  const r = role.toLowerCase();
  const of = r.indexOf(' of ');
  return spelledOutTitle(of >= 0 ? r.slice(0, of) : r);
}

/**
 * The one person holding `office` (lower case, written out) by a title before their name, among the mentions before `at`,
 * or of several, the only one mentioned in the last few paragraphs; null for several not told apart; undefined when no
 * one holds it so.
 */
function officeHolder(offices: StoryOffices, office: string, at: number): string | null | undefined {
  const outright: string[] = [];
  // those holding it only in an organization ("Acme Corp. President Dana Wells"), who stand for it when no one holds it outright
  const inOrganization: string[] = [];
  for (const t of offices.titledMentions()) {
    if (t.start >= at) break;
    if (!holdsOffice(t.title, office)) continue;
    const held = t.inOrganization ? inOrganization : outright;
    if (!held.includes(t.entityId)) held.push(t.entityId);
  }
  const holders = outright.length ? outright : inOrganization;
  if (holders.length < 2) return holders.length === 1 ? holders[0] : undefined;
  const { mentions, paragraphs } = offices;
  const recentFrom = paragraphs[Math.max(0, paragraphAt(paragraphs, at).index - RECENT_HOLDER_PARAGRAPHS)].span.start;
  let recent: string | null = null;
  for (let k = 0; k < mentions.length && mentions[k].span.start < at; k++) {
    const h = mentions[k];
    if (h.span.start < recentFrom || h.titleOnly === true || !holders.includes(h.entityId) || h.entityId === recent) continue;
    if (recent !== null) return null;
    recent = h.entityId;
  }
  return recent;
}

/** Mention k's title follows an organization's name ("Acme Corp. President Dana Wells"): no one holds that title alone but the organization's. */
function heldInOrganization(mentions: Mention[], k: number): boolean {
  const title = mentions[k].title!;
  for (let j = k - 1; j >= 0 && mentions[j].span.end >= title.start - 1; j--) {
    if (mentions[j].type === 'organization' && mentions[j].span.end === title.start - 1) return true;
  }
  return false;
}

/** A title as written, in lower case with its abbreviations written out ("Sen." → "senator", "Lt. Gov." → "lieutenant governor"). */
function spelledOutTitle(written: string): string {
  return spelledOutTitleWords(written.toLowerCase()).join(' ');
}

/** Does a title (lower case: "former press secretary") name the office of a title alone ("press secretary")? */
function holdsOffice(title: string, office: string): boolean {
  const at = title.indexOf(office);
  if (at < 0 || (at > 0 && title.charCodeAt(at - 1) !== 32) || (at + office.length < title.length && title.charCodeAt(at + office.length) !== 32)) return false;
  const before = title.lastIndexOf(' ', at - 2);
  return at === 0 || !SUBORDINATE_OFFICE_WORDS.has(title.slice(before + 1, at - 1));
}

function overlapping(mentions: Mention[], s: Span): Mention | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].span.end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = Math.max(0, lo - 2); k < mentions.length && mentions[k].span.start < s.end; k++) {
    const m = mentions[k];
    if (m.span.start < s.end && s.start < m.span.end) return m;
  }
  return null;
}

/**
 * `paragraphAt` for positions that mostly grow: walks on from the last answer, and searches
 * again only for a position before it.
 */
function paragraphWalker(paragraphs: Paragraph[]): (pos: number) => Paragraph {
  let i = 0;
  return (pos) => {
    if (pos < paragraphs[i].span.start) i = paragraphAt(paragraphs, pos).index;
    else while (i + 1 < paragraphs.length && paragraphs[i + 1].span.start <= pos) i++;
    return paragraphs[i];
  };
}

/** The paragraph that contains a position (or the nearest before it). */
function paragraphAt(paragraphs: Paragraph[], pos: number): Paragraph {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].span.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return paragraphs[lo];
}

/** `He said:` closing the previous paragraph introduces a quotation that opens the next one. */
function colonIntro(ctx: ReturnType<typeof attributionContext>, paragraphs: Paragraph[], para: Paragraph): Attribution | null {
  const prev = paragraphs[para.index - 1];
  if (!prev || ctx.text[prev.span.end - 1] !== ':') return null;
  const tokens = ctx.tokens.range(Math.max(prev.span.start, prev.span.end - 320), prev.span.end);
  let cut = 0;
  for (let k = 0; k < tokens.length; k++) if (!tokens[k].isWord && '.!?'.includes(tokens[k].text)) cut = k + 1;
  return attributeBefore(ctx, tokens.slice(cut));
}

function namedSpeakers(top: Quotation[]): NamedSpeaker[] {
  const out: NamedSpeaker[] = [];
  for (const q of top) if (q.speaker && q.speaker.kind === 'named' && startsUpper(q.speaker.text)) out.push({ span: q.speaker.span, name: q.speaker.text });
  return out;
}

/** `/^\p{Lu}/u.test(text)`, ASCII without the expression. */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text);
}

const UPPER_START = /^\p{Lu}/u;

/**
 * The last `peopleOutside` answer's paragraph texts and summaries, and the ranges each summary read
 * (paragraph `pi`'s in `ranges[rangeEnds[pi - 1]]` up to `ranges[rangeEnds[pi]]`): a paragraph with the
 * same text and ranges at the same index, or as many from the end, has the same summary, found without
 * a look in the memo (whose entries a keystroke would otherwise touch for every paragraph; so they age
 * there, and an idle server lets them go while this answer holds them).
 */
let lastOutside: { texts: string[]; people: ParagraphPeople[]; ranges: number[]; rangeEnds: Int32Array } | null = null;
clearWithMemos(() => {
  lastOutside = null;
});

/** What the person index reads of each paragraph outside quotations (memoised by its text and the quotations' places). */
function peopleOutside(tokens: ParagraphTokens, paragraphs: Paragraph[], top: Quotation[]): OutsidePeople[] {
  const out: OutsidePeople[] = new Array(paragraphs.length);
  const last = lastOutside;
  const texts: string[] = new Array(paragraphs.length);
  const peoples: ParagraphPeople[] = new Array(paragraphs.length);
  // every paragraph's ranges, written where the next answer compares them (paragraph `pi`'s end at `rangeEnds[pi]`)
  const allRanges: number[] = [];
  const rangeEnds = new Int32Array(paragraphs.length);
  let qi = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const base = p.span.start;
    let at = base;
    while (qi < top.length && top[qi].span.end <= at) qi++;
    let k = qi;
    const from = allRanges.length;
    while (at < p.span.end) {
      while (k < top.length && top[k].span.end <= at) k++;
      const q = top[k];
      const stop = q && q.span.start < p.span.end ? Math.max(at, q.span.start) : p.span.end;
      if (stop > at) allRanges.push(at - base, stop - base);
      if (stop >= p.span.end) break;
      at = Math.min(p.span.end, q.span.end);
    }
    const text = tokens.textOf(p.index);
    rangeEnds[pi] = allRanges.length;
    // the last answer's paragraph at the same index, or as many from the end (after a paragraph break typed or removed)
    let people: ParagraphPeople | undefined;
    if (last !== null) {
      const j = pi < last.texts.length && last.texts[pi] === text ? pi : pi + last.texts.length - paragraphs.length;
      if (j >= 0 && j < last.texts.length && last.texts[j] === text && sameSlice(last.ranges, j > 0 ? last.rangeEnds[j - 1] : 0, last.rangeEnds[j], allRanges, from, allRanges.length)) {
        people = last.people[j];
      }
    }
    people ??= paragraphPeople(text, allRanges, allRanges.length - from, p.index, from);
    texts[pi] = text;
    peoples[pi] = people;
    out[pi] = { base, end: p.span.end, people };
  }
  lastOutside = { texts, people: peoples, ranges: allRanges, rangeEnds };
  return out;
}

/** Whether the entity `id` is a person (an id no entity has is taken as one: the index only holds people). */
function isPerson(entities: Entity[], id: string): boolean {
  const e = entityById({ entities }, id);
  return e === undefined || e.type === 'person';
}
