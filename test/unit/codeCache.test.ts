/**
 * The server loader compiles the bundle's source written in ASCII (scripts/codeCache.mjs): the
 * non-ASCII characters esbuild leaves in regular expression literals become `\u` escapes, which
 * must match exactly what the characters matched.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asciiOnly } from '../../scripts/codeCache.mjs';

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
