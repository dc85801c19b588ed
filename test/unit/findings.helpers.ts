// Shared helpers for the tests of findings: one rule's findings, and the news fixtures whose findings are pinned (it holds no tests itself).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Finding, RuleCode } from '../../server/src/core/types';

/** The findings of one rule, in order. */
export function findingsOf(article: Article, code: RuleCode): Finding[] {
  return article.findings.filter((f) => f.code === code);
}

/** The messages of one rule's findings, in order. */
export function messagesOf(article: Article, code: RuleCode): string[] {
  return findingsOf(article, code).map((f) => f.message);
}

/** The news fixtures (test/fixtures/news-quotes and news-quotes-heldout), by file name, with their text read when asked. */
export function newsFixtures(): { file: string; text: () => string }[] {
  const dirs = ['news-quotes', 'news-quotes-heldout'].map((d) => join(__dirname, '..', 'fixtures', d));
  return dirs.flatMap((dir) =>
    readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => ({ file, text: () => readFileSync(join(dir, file), 'utf8') })),
  );
}

/**
 * Checks what a rule found on a fixture against what is pinned: every expected item is there and
 * nothing else. Items are counted: one expected twice must be found twice.
 */
export function checkPinned(got: readonly string[], expected: readonly string[]): void {
  const missing = [...expected];
  const unexpected: string[] = [];
  for (const item of got) {
    const i = missing.indexOf(item);
    if (i >= 0) missing.splice(i, 1);
    else unexpected.push(item);
  }
  assert.deepEqual({ missing, unexpected }, { missing: [], unexpected: [] });
}
