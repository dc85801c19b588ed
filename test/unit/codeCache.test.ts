/**
 * The server loader compiles the bundle's source written in ASCII (scripts/codeCache.mjs): the
 * non-ASCII characters esbuild leaves in regular expression literals become `\u` escapes, which
 * must match exactly what the characters matched.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { asciiOnly, withCodeCache } from '../../scripts/codeCache.mjs';

const SOURCE = String.raw`[/[’'‘]s$/, /^[\p{L}’-]+$/u, /[łøđħıßæœþð]/g, /‐|–/, /“([^”]*)”/, /😀+/u, /[😀é]/u, /(?<ł>x)/]`;
const SUBJECTS = ['Jones’s', 'O’Brien', 'Łódź', 'ø', 'a‐b', 'a–b', '“hi” he said', '😀😀', 'é', '😀', 'x', 'plain'];

describe('asciiOnly', () => {
  it('writes the source in ASCII, and its regular expressions match what they matched', () => {
    const ascii = asciiOnly(SOURCE);
    assert.match(ascii, /^[\x00-\x7f]*$/);
    const before = new Function(`return ${SOURCE}`)() as RegExp[];
    const after = new Function(`return ${ascii}`)() as RegExp[];
    for (let i = 0; i < before.length; i++) {
      for (const subject of SUBJECTS) {
        assert.deepStrictEqual(subject.match(new RegExp(after[i].source, after[i].flags.replace('g', ''))), subject.match(new RegExp(before[i].source, before[i].flags.replace('g', ''))), `${before[i]} on ${subject}`);
      }
    }
  });

  it('leaves a source alone where a backslash precedes a non-ASCII character', () => {
    const source = String.raw`/\’/.test(x) && /ł/.test(y)`;
    assert.equal(asciiOnly(source), source);
  });
});

describe('withCodeCache', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-loader-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs a bundle wrapped by withCodeCache with `args` and returns its standard output. */
  function run(bundle: string, args: string[]): string {
    const file = path.join(dir, `server-${Math.random().toString(36).slice(2)}.js`);
    writeFileSync(file, withCodeCache(bundle));
    const result = spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', env: { ...process.env, TMPDIR: dir } });
    assert.equal(result.stderr, '');
    return result.stdout;
  }

  it('runs the bundle kept in a comment, with its comment ends, line numbers and non-ASCII text as written', () => {
    // every "*/" of the source, in strings, templates and regular expressions, survives the comment
    const bundle = [
      '#!/usr/bin/env node',
      'const glob = "**/*.article", template = `a*/b`, ends = /x*/g, marks = /[’*/]+/u;',
      'process.stdout.write(JSON.stringify([glob, template, "1*/2*/3".replace(ends, "-"), "’*/".match(marks)[0], new Error().stack.split("\\n")[1].split(":").slice(-2)[0], typeof module.exports, process.argv.slice(2)]));',
    ].join('\n');
    assert.deepEqual(JSON.parse(run(bundle, ['--stdio'])), ['**/*.article', 'a*/b', '1*/2*/3'.replace(/x*/g, '-'), '’*/', '3', 'object', ['--stdio']]);
    // the exit listener wrote the code cache, which the next start reads
    const caches = readdirSync(path.join(dir, `copydesk-code-cache${process.getuid ? `-${process.getuid()}` : ''}`));
    assert.equal(caches.filter((f) => /^server-[0-9a-f-]+\.bin$/.test(f)).length, 1, caches.join(', '));
    assert.deepEqual(JSON.parse(run(bundle, ['--stdio']))[0], '**/*.article');
  });

  it('refuses a bundle with a DEL character, which stands for a comment end in the loader', () => {
    assert.throws(() => withCodeCache('#!/usr/bin/env node\nconst s = "\x7f";'), /DEL/);
  });
});
