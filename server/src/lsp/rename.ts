import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from './lspApi';
import { entityAt, mentionAt, renameEdits } from '../core';
import type { AnalyzedDocument } from './cache';
import { toRange, toTextEdit } from './convert';

const NOT_ON_ENTITY = 'Copydesk can rename only a person, organization or place: put the cursor on one of its mentions.';

/** Prepare rename: the mention under the cursor and the entity's name, or a clear refusal. */
export function prepareRenameFor(analyzed: AnalyzedDocument, position: Position): { range: Range; placeholder: string } | ResponseError<void> {
  const { article, lines } = analyzed;
  const offset = lines.offsetAt(position);
  const mention = mentionAt(article, offset);
  const entity = entityAt(article, offset);
  if (!mention || !entity) return new ResponseError(ErrorCodes.InvalidRequest, NOT_ON_ENTITY);
  return { range: toRange(lines, mention.span), placeholder: entity.name.replace(/\s*\([^)]*\)\s*/g, ' ').trim() };
}

/** Rename: every mention of the entity, each keeping its form (surname stays surname). */
export function renameFor(analyzed: AnalyzedDocument, position: Position, newName: string): WorkspaceEdit | ResponseError<void> {
  const { article, lines, uri } = analyzed;
  const entity = entityAt(article, lines.offsetAt(position));
  if (!entity) return new ResponseError(ErrorCodes.InvalidRequest, NOT_ON_ENTITY);
  if (!newName.trim()) return new ResponseError(ErrorCodes.InvalidParams, 'The new name is empty.');
  if (/[\r\n]/.test(newName)) return new ResponseError(ErrorCodes.InvalidParams, 'A name cannot contain a line break.');
  return { changes: { [uri]: renameEdits(article, entity, newName).map((e) => toTextEdit(lines, e)) } };
}
