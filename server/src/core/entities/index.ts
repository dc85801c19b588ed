import type { ScannedDocument } from '../markup/scan';
import type { AnalyzeOptions } from '../options';
import type { Entity, Mention } from '../types';

// PLACEHOLDER (skeleton): the entity engine replaces this module.

/** Finds the people, organizations and places of the article and clusters their mentions. */
export function findEntities(_doc: ScannedDocument, _options: AnalyzeOptions): { mentions: Mention[]; entities: Entity[] } {
  return { mentions: [], entities: [] };
}
