import type { Hover, HoverParams } from 'vscode-languageserver';
import { MarkupKind } from './lspApi';
import { entityAt, entityById, mentionAt, mentionById, mentionsOf, quotationAt, quotationsOf, type Article, type Entity, type Quotation } from '../core';
import type { AnalyzedDocument } from './cache';
import { toRange } from './convert';

const TYPE_LABEL: Record<Entity['type'], string> = { person: 'person', organization: 'organization', place: 'place', other: 'name' };

/** Hover: an entity card on a mention, the attribution on a quotation. */
export function hoverFor(analyzed: AnalyzedDocument, params: HoverParams): Hover | null {
  const { article, lines } = analyzed;
  const offset = lines.offsetAt(params.position);
  const mention = mentionAt(article, offset);
  const entity = entityAt(article, offset);
  if (entity) {
    const span = mention ? mention.span : undefined;
    return { contents: { kind: MarkupKind.Markdown, value: entityCard(analyzed, entity) }, range: span && toRange(lines, span) };
  }
  const quotation = quotationAt(article, offset);
  if (quotation) {
    return { contents: { kind: MarkupKind.Markdown, value: quotationCard(article, quotation) }, range: toRange(lines, quotation.span) };
  }
  return null;
}

/** The entity card: fullest name, type, roles, counts and where it is introduced. */
export function entityCard(analyzed: AnalyzedDocument, entity: Entity): string {
  const { article, lines } = analyzed;
  const mentions = mentionsOf(article, entity);
  const quotes = quotationsOf(article, entity).length;
  const intro = mentionById(article, entity.introducedBy) ?? mentions[0];
  const parts = [`**${escape(entity.name)}** · ${TYPE_LABEL[entity.type]}`];
  if (entity.description) parts.push(escape(entity.description));
  if (entity.roles.length) parts.push(`*${entity.roles.map(escape).join('; ')}*`);
  const spellings = [...new Set(mentions.map((m) => m.text))];
  parts.push(
    `${plural(mentions.length, 'mention')} · ${plural(quotes, 'quotation')}` +
      (intro ? ` · introduced on line ${lines.positionAt(intro.span.start).line + 1} as “${escape(intro.text)}”` : ''),
  );
  if (spellings.length > 1) parts.push(`Written as: ${spellings.map((s) => `“${escape(s)}”`).join(', ')}`);
  return parts.join('\n\n');
}

/** The quotation card: who said it, the cue, how often that speaker is quoted. */
export function quotationCard(article: Article, quotation: Quotation): string {
  const kind = quotation.kind === 'scare' ? 'Scare quote or title' : quotation.kind === 'partial' ? 'Partial quotation' : 'Quotation';
  const speaker = quotation.speaker;
  if (!speaker) {
    return quotation.kind === 'scare' ? `**${kind}**: nobody is quoted here.` : `**${kind}** · **no speaker found**: add an attribution (“…,” Name said).`;
  }
  const entity = entityById(article, speaker.entityId);
  const who = entity ? entity.name : speaker.text;
  const lines = [`**${kind}** · said by **${escape(who)}**` + (speaker.kind !== 'named' ? ` (${speaker.kind})` : '')];
  if (speaker.cue) lines.push(`Cue: “${escape(speaker.cue.text)}”` + (speaker.kind === 'pronoun' ? ` · “${escape(speaker.text)}” resolved to ${escape(who)}` : ''));
  else lines.push('Continues the attribution of the quotation before it.');
  if (speaker.alternatives?.length) {
    const names = speaker.alternatives.map((id) => entityById(article, id)?.name ?? id);
    lines.push(`Could also be: ${names.map(escape).join(', ')}`);
  }
  if (entity) lines.push(`${escape(entity.name)} has ${plural(quotationsOf(article, entity).length, 'quotation')} in this article.`);
  return lines.join('\n\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Escapes Markdown so names never render as markup. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+\-.!|]/g, (c) => `\\${c}`);
}
