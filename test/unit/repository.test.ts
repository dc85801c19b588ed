/**
 * The repository's own text files: no merge conflict left unresolved in a document or a source
 * file (one once sat in ARCHITECTURE.md for a session, where no compiler or linter looks).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '../..');
const TEXT_FILE = /\.(?:md|ts|mjs|js|json|ya?ml|txt)$/;
// the two outer markers: a line of seven "=" alone may underline a Markdown heading
const CONFLICT_MARKER = /^(?:<{7}|>{7})(?: |$)/m;

describe('repository files', () => {
  it('hold no merge conflict markers', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => TEXT_FILE.test(f));
    assert.ok(files.includes('ARCHITECTURE.md'), 'git ls-files lists the repository');
    const conflicted = files.filter((f) => CONFLICT_MARKER.test(readFileSync(join(ROOT, f), 'utf8')));
    assert.deepEqual(conflicted, []);
  });
});
