import { numberOfId } from './ids';
import type { Article, Entity, Mention, Quotation, Span, TextEdit } from './types';

/** Combining marks, dropped when folding a name. */
const COMBINING_MARKS = /\p{M}/gu;

// Features are queries over the article model. Each takes an Article and UTF-16 offsets.

/** True when `offset` lies in `span` (the end counts, so a cursor just after a word hits it). */
export function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/**
 * The mention at `offset`, including its title and possessive ending. A name nested in a longer
 * name ("Boston" in "Boston Red Sox") is never the answer: the cursor there is on the outer mention.
 */
export function mentionAt(article: Article, offset: number): Mention | undefined {
  // mentions are sorted by start: binary search the last one starting at or before offset
  const ms = article.mentions;
  let lo = 0;
  let hi = ms.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].span.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // the last three outer mentions starting at or before offset (nested ones lie inside the one before them)
  let looked = 0;
  for (let i = found; i >= 0 && looked < 3; i--) {
    const m = ms[i];
    if (m.within !== undefined) continue;
    looked++;
    if (touches(m.span, offset) || (m.possessive && touches(m.possessive, offset))) return m;
  }
  // a cursor on the title ("Secretary of State") belongs to the mention after it
  let after = found + 1;
  while (after < ms.length && ms[after].within !== undefined) after++;
  const next = ms[after];
  if (next?.title && touches(next.title, offset)) return next;
  return undefined;
}

/** The entity with this id. */
export function entityById(article: Pick<Article, 'entities'>, id: string | null | undefined): Entity | undefined {
  if (!id) return undefined;
  const n = numberOfId(id);
  const byIndex = n >= 0 ? article.entities[n] : undefined;
  return byIndex?.id === id ? byIndex : article.entities.find((e) => e.id === id);
}

/** The mention with this id. */
export function mentionById(article: Pick<Article, 'mentions'>, id: string): Mention | undefined {
  const n = numberOfId(id);
  const byIndex = n >= 0 ? article.mentions[n] : undefined;
  return byIndex?.id === id ? byIndex : article.mentions.find((m) => m.id === id);
}

/**
 * The mentions of an entity, in document order: with `nested: false`, without those written
 * inside a longer name ("Boston" in "Boston Red Sox").
 */
export function mentionsOf(article: Pick<Article, 'mentions'>, entity: Entity, { nested = true }: { nested?: boolean } = {}): Mention[] {
  const out: Mention[] = [];
  for (const id of entity.mentionIds) {
    const m = mentionById(article, id);
    if (m && (nested || m.within === undefined)) out.push(m);
  }
  return out;
}

/**
 * Whether every mention of the entity is nested in a longer name (a place named only as in
 * "University of Copenhagen"): no entity of its own to list in an outline.
 */
export function onlyNested(article: Pick<Article, 'mentions'>, entity: Entity): boolean {
  return mentionById(article, entity.introducedBy)?.within !== undefined;
}

/** The entity under the cursor: through a mention, or through a quotation's resolved speaker span. */
export function entityAt(article: Article, offset: number): Entity | undefined {
  const mention = mentionAt(article, offset);
  if (mention) return entityById(article, mention.entityId);
  for (const q of article.quotations) {
    if (q.speaker?.entityId && touches(q.speaker.span, offset)) return entityById(article, q.speaker.entityId);
  }
  return undefined;
}

/** The innermost quotation at `offset`. */
export function quotationAt(article: Article, offset: number): Quotation | undefined {
  let best: Quotation | undefined;
  for (const q of article.quotations) {
    if (q.span.start > offset) break;
    if (offset < q.span.end && (!best || q.span.start >= best.span.start)) best = q;
  }
  return best;
}

/** The quotations whose speaker resolves to `entity`. */
export function quotationsOf(article: Article, entity: Entity): Quotation[] {
  return article.quotations.filter((q) => q.speaker?.entityId === entity.id);
}

/** The quotations that need a speaker and have none (scare quotes never do). */
export function unattributedQuotations(article: Article): Quotation[] {
  return article.quotations.filter((q) => q.kind !== 'scare' && !q.speaker && !q.parentId);
}

/**
 * The mention after (or before) `offset` of the same entity, wrapping around. Names nested in
 * longer names are skipped: the cursor there would be on the outer name's entity.
 */
export function neighbourMention(article: Article, offset: number, direction: 'next' | 'previous'): Mention | undefined {
  const entity = entityAt(article, offset);
  if (!entity) return undefined;
  const mentions = mentionsOf(article, entity, { nested: false });
  if (!mentions.length) return undefined;
  if (direction === 'next') return mentions.find((m) => m.span.start > offset) ?? mentions[0];
  return [...mentions].reverse().find((m) => m.span.end < offset && !touches(m.span, offset)) ?? mentions[mentions.length - 1];
}

/** Name tokens, ignoring a parenthesised nickname: "Michael (Mike) Richard Pompeo" → 4 tokens. */
function nameTokens(name: string): string[] {
  return name.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
}

/** Folds case and diacritics, so "Guaido" and "Guaidó" compare equal. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * The edits that rename an entity to `newName`, keeping each mention's form: a surname stays a
 * surname, a first name a first name, a full name becomes the new full name. Titles and
 * possessive endings are outside mention spans, so they are kept as written; so are titles alone
 * and names nested in longer names (renaming Boston leaves "Boston Red Sox").
 */
export function renameEdits(article: Article, entity: Entity, newName: string): TextEdit[] {
  const next = nameTokens(newName.trim());
  if (!next.length) return [];
  const old = nameTokens(entity.name);
  const oldFirst = foldName(old[0] ?? '');
  // a title alone ("the Secretary") names the office, not the person: it stays as written
  return mentionsOf(article, entity, { nested: false }).filter((m) => !m.titleOnly).map((m) => {
    const tokens = nameTokens(m.text);
    let newText: string;
    if (entity.type !== 'person' || tokens.length > 1) newText = newName.trim();
    else if (old.length > 1 && next.length > 1 && foldName(tokens[0]) === oldFirst) newText = next[0];
    else newText = next[next.length - 1];
    return { span: m.span, newText };
  });
}
