/**
 * The bench times the core as shipped: bench/shipped.ts bundled with the language server's
 * production esbuild options (scripts/bundleOptions.mjs). The bundle must export everything the
 * bench uses and analyse exactly as the sources do; the options must keep `\p{…}` literals (and the
 * server's must make `import()` a `require()`).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import * as source from '../../bench/shipped';
import { buildShipped, loadShipped } from '../../bench/shippedBuild';
import { generateProse } from '../../bench/corpus';
import { stageMarks } from '../../bench/stages';
import { ANALYSIS_STAGES } from '../../server/src/core/analyze';
import { commonOptions, serverOptions } from '../../scripts/bundleOptions.mjs';

describe('bench: the core as shipped', () => {
  it('the server\'s options keep \\p{…} literals as the common ones do, and make import() a require() (its loader has no dynamic import)', async () => {
    const contents = 'export const upper = /^\\p{Lu}+$/u; export const load = () => import("node:fs");';
    // the server's options for a snippet: no entry point, output file, banner or plugins
    const out = await build({ ...serverOptions(true), entryPoints: undefined, outfile: undefined, banner: undefined, plugins: [], stdin: { contents, loader: 'ts' }, write: false });
    const text = out.outputFiles[0].text;
    assert.match(text, /\/\^\\p\{Lu\}\+\$\/u/);
    assert.doesNotMatch(text, /new RegExp/);
    assert.match(text, /require\("node:fs"\)/);
    assert.doesNotMatch(text, /import\(/);
  });

  it('keeps \\p{…} regular expression literals as written (Node 20 has them)', async () => {
    const out = await build({ ...commonOptions(true), stdin: { contents: 'export const upper = /^\\p{Lu}+$/u;', loader: 'ts' }, write: false, plugins: [] });
    const text = out.outputFiles[0].text;
    assert.match(text, /\/\^\\p\{Lu\}\+\$\/u/);
    assert.doesNotMatch(text, /new RegExp/);
  });

  it('the bundle exports what the bench uses and analyses as the sources do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-shipped-test-'));
    try {
      const shipped = loadShipped(await buildShipped(dir));
      for (const name of Object.keys(source)) assert.equal(typeof shipped[name as keyof typeof shipped], typeof source[name as keyof typeof source], name);
      const text = generateProse(1_500, 7);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(shipped.analyzeArticle(text))), JSON.parse(JSON.stringify(source.analyzeArticle(text))));
      // the stage split ends each stage once (it is analyzeArticle's own sequence: nothing else of it to compare)
      assert.equal(stageMarks(shipped, text, shipped.defaultOptions({})).length, ANALYSIS_STAGES.length + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
