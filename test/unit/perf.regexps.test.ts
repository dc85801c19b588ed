/**
 * esbuild (the bundle and tsx) turns a regular expression literal with a Unicode property escape
 * (`/\p{Lu}/u`) into `new RegExp(…)` for our Node target, so such a literal written inside a
 * function builds the expression again on every call (several times slower than a constant).
 * The hot files of a first analysis keep them at module level.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { transformSync } from 'esbuild';
import ts from 'typescript';

const CORE = path.join(__dirname, '../../server/src/core');
const HOT_FILES = [
  'analyze.ts',
  'words.ts',
  'entities/findMentions.ts',
  'entities/tokens.ts',
  'entities/matcher.ts',
  'entities/names.ts',
  'entities/mentionRules.ts',
  'quotes/index.ts',
  'quotes/scanMarks.ts',
  'quotes/findQuotations.ts',
  'rules/firstReference.ts',
];

/** The `\p{…}` regular expression literals written inside a function of `source`, as `line: literal`. */
function propertyEscapesInFunctions(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && inFunction && /\\[pP]\{/.test(node.getText(file))) {
      found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${node.getText(file)}`);
    }
    ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node)));
  };
  visit(file, false);
  return found;
}

describe('regular expressions of the hot paths', () => {
  it('esbuild still turns a \\p{…} literal into a new RegExp per evaluation (else this check is moot)', () => {
    const out = transformSync('export const f = (s: string) => /^\\p{Lu}/u.test(s);', { loader: 'ts', target: 'node20' }).code;
    assert.match(out, /new RegExp\(/);
  });

  it('finds a \\p{…} literal inside a function, and not one at module level', () => {
    assert.deepEqual(propertyEscapesInFunctions('const A = /\\p{L}/u;\nfunction f(s: string) {\n  return /^\\p{Lu}/u.test(s) && A.test(s);\n}\n'), ['3: /^\\p{Lu}/u']);
  });

  for (const f of HOT_FILES) {
    it(`${f} writes none inside a function`, () => {
      assert.deepEqual(propertyEscapesInFunctions(readFileSync(path.join(CORE, f), 'utf8')), []);
    });
  }
});
