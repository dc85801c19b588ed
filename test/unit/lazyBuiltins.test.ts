/**
 * scripts/lazyBuiltins.mjs: a package's `require('crypto')` in the bundle is a stand-in that loads
 * the real module at its first use and then answers as it does.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { build } from 'esbuild';
import { lazyBuiltins } from '../../scripts/lazyBuiltins.mjs';

describe('lazyBuiltins', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-lazy-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loads crypto only when a bundled package first uses it, and the stand-in answers as the module', async () => {
    mkdirSync(path.join(dir, 'node_modules', 'uses-crypto'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules', 'uses-crypto', 'index.js'), `const crypto_1 = require("crypto");\nexports.bytes = (n) => (0, crypto_1.randomBytes)(n);\nexports.module = crypto_1;\n`);
    writeFileSync(
      path.join(dir, 'entry.js'),
      `const loaded = () => process.moduleLoadList.includes('NativeModule crypto');
const before = loaded();
const pkg = require('uses-crypto');
const afterLoad = loaded();
const length = pkg.bytes(4).length;
const afterUse = loaded();
const real = require('crypto');
console.log(JSON.stringify({ before, afterLoad, length, afterUse, has: 'createHash' in pkg.module, keys: Object.keys(pkg.module).includes('randomBytes'), same: pkg.module.createHash === real.createHash }));
`,
    );
    const outfile = path.join(dir, 'out.js');
    await build({ entryPoints: [path.join(dir, 'entry.js')], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent', plugins: [lazyBuiltins] });
    const result = JSON.parse(execFileSync(process.execPath, [outfile], { encoding: 'utf8' })) as Record<string, unknown>;
    assert.deepEqual(result, { before: false, afterLoad: false, length: 4, afterUse: true, has: true, keys: true, same: true });
  });
});
