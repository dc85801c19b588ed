/**
 * The classes whose instances live only while one analysis runs keep one instance for good
 * (`core/shapes.ts`), so a full garbage collection between keystrokes (the server's idle
 * collection) does not free their hidden classes and throw away the optimised code that uses them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInThisContext } from 'node:vm';
import { analyzeArticle } from '../../server/src/core';
import { nameInfo } from '../../server/src/core/entities/clusterMentions';
import { documentEvidence } from '../../server/src/core/entities/evidence';
import { copyOf, findCandidates, prepareParagraph } from '../../server/src/core/entities/findMentions';
import { stripModifiersBeforeNames } from '../../server/src/core/entities/modifiers';
import { findNestedNamesCached } from '../../server/src/core/entities/nested';
import { keptShapes } from '../../server/src/core/shapes';
import { exposedGc } from '../../server/src/lsp/idleCollector';

// V8's test functions (the flag stays on: they compile at their first call), and a full collection as the server's
// idle collector makes one
setFlagsFromString('--allow-natives-syntax');
const gc = exposedGc()!;
/**
 * A new function each call (its own feedback and optimised code) that builds an instance with
 * `make` and reads its own field `field`: its optimised code checks for the instances' hidden class.
 */
const newReader = (field: string) => runInThisContext(`(make) => make().${field}`) as (make: () => object) => unknown;
const natives = runInThisContext(`({
  sameMap: (a, b) => %HaveSameMap(a, b),
  prepare: (f) => %PrepareFunctionForOptimization(f),
  optimizeOnNextCall: (f) => %OptimizeFunctionOnNextCall(f),
  status: (f) => %GetOptimizationStatus(f),
})`) as { sameMap(a: object, b: object): boolean; prepare(f: AnyFunction): void; optimizeOnNextCall(f: AnyFunction): void; status(f: AnyFunction): number };
type AnyFunction = (...args: never[]) => unknown;
/** `%GetOptimizationStatus`: the function runs optimised code. */
const OPTIMIZED = 1 << 4;

/**
 * How `keepShape`'s names read: a class or interface ('LineEnds', 'Suppressions'), or for the objects of a type that
 * have some optional fields, the type with those fields ('Finding with fixes'), a variant the tests below check against
 * the objects the analysis makes.
 */
const TYPE_NAME = /^[A-Z]\w*$/;
const VARIANT_NAME = /^[A-Z]\w* with \w[\w ]*$/;
const isVariant = (name: string) => VARIANT_NAME.test(name);

test('each kept shape is named by its type, or by its type with the optional fields it has', () => {
  for (const name of keptShapes().keys()) assert.ok(TYPE_NAME.test(name) || isVariant(name), `${name}: neither a type's name nor 'Type with fields'`);
});

test('the short-lived classes of an analysis each keep an instance', () => {
  assert.deepEqual(
    [...keptShapes().keys()].filter((name) => !isVariant(name)).sort(),
    ['LineEnds', 'ParagraphTokens', 'PeopleByWord', 'StoryOffices', 'Suppressions', 'TextIndex'],
  );
});

/** Classes whose instances outlive an analysis (their maps live with them), or that no keystroke builds. */
const LONG_LIVED: Record<string, string> = {
  BoundedTable: 'module-level tables',
  ConfigReader: 'reads a configuration file, not run per keystroke',
  DistinctCollector: 'module-level collectors',
  EvidenceTally: "one per document, kept in the tallies list",
  FoundCandidates: 'one module-level instance, filled by each paragraph in turn',
  ForwardFinder: "the kept LineEnds holds two, which keeps its hidden class",
  LineIndex: 'one per document version, kept with the document',
  ListCollector: 'module-level collectors',
  Memo: 'module-level memos',
  ParagraphScanner: 'one module-level instance (quotes/scanMarks.ts), reset for each paragraph',
  PeopleTokens: 'one module-level list (quotes/pronouns.ts), reused from paragraph to paragraph',
  RecordedCounts: "one module-level recorder, pointed at each paragraph's evidence",
  RecordedSet: 'two in the module-level recorder',
  SpellingTable: 'module-level tables',
  TokenTrie: 'built once from the lexicons',
};

test('every class of the core keeps an instance or is named as long-lived', () => {
  const core = path.resolve(__dirname, '../../server/src/core');
  const declared: string[] = [];
  for (const file of readdirSync(core, { recursive: true }) as string[]) {
    if (!file.endsWith('.ts')) continue;
    for (const m of readFileSync(path.join(core, file), 'utf8').matchAll(/^(?:export )?class (\w+)/gm)) declared.push(m[1]);
  }
  const kept = new Set(keptShapes().keys());
  const unaccounted = declared.filter((name) => !kept.has(name) && !(name in LONG_LIVED));
  assert.deepEqual(unaccounted, [], 'a class whose instances live only during an analysis: keepShape it (core/shapes.ts), or name it in LONG_LIVED with the reason');
  for (const name of Object.keys(LONG_LIVED)) assert.ok(declared.includes(name), `${name} is no longer a class of the core`);
});

test('optimised code that builds and reads one of them survives two full collections with no instance in use', () => {
  for (const [name, { exemplar, make }] of keptShapes()) {
    const build = newReader(Object.keys(exemplar).at(-1)!);
    natives.prepare(build);
    build(make);
    build(make);
    natives.optimizeOnNextCall(build);
    build(make);
    assert.ok(natives.status(build) & OPTIMIZED, `${name}: not optimised to begin with`);
    // (what the server's idle collector does: the instances built above are garbage now)
    gc();
    gc();
    assert.ok(natives.status(build) & OPTIMIZED, `${name}: the collection freed its hidden class and threw the optimised code away`);
  }
});

test('the nested names worked out afresh and moved from the last analysis come in one hidden class', () => {
  const clusters: unknown[] = [];
  const fresh = findNestedNamesCached([], [], [], [], clusters);
  const moved = findNestedNamesCached([], [], [], [], clusters);
  assert.equal(moved.reused, true);
  // (a spread's hidden class lives only as long as such an object: findEntities' code checking for it was thrown away by each full collection)
  assert.ok(natives.sameMap(fresh, moved));
});

test('an inherited speaker has the hidden class of the one it inherits from', () => {
  const article = analyzeArticle('"We will win," Smith said. "We always do."\n');
  const [first, second] = article.quotations.map((q) => q.speaker);
  assert.equal(second?.cue, null, 'the second quotation inherits its speaker');
  // (a spread's copy had its own hidden class, which died when a text inherited no speaker)
  assert.ok(first && second && natives.sameMap(first, second));
});

test('a pronoun speaker with rivals, and the speaker inheriting from it, have the hidden class of the kept one', () => {
  const article = analyzeArticle('Mr. Brown met Mr. Green on Monday.\n\n"It went well," he said. "We agree."\n');
  const [ambiguous, inherited] = article.quotations.map((q) => q.speaker);
  assert.ok(ambiguous?.kind === 'pronoun' && ambiguous.alternatives?.length, 'the pronoun speaker has rivals');
  assert.ok(inherited?.cue === null && inherited.alternatives === ambiguous.alternatives, 'the second quotation inherits it with its rivals');
  const exemplar = keptShapes().get('Speaker with alternatives')!.exemplar;
  assert.ok(natives.sameMap(ambiguous, exemplar) && natives.sameMap(inherited, exemplar));
});

test('findings with fixes and related places have the hidden classes of the kept ones', () => {
  const unattributed = analyzeArticle('Council meets\n\nThe mayor spoke on Monday.\n\n"We will never give up on this town."\n');
  const mixed = analyzeArticle('“We will win,” Smith said. "We always do," he said.\n');
  const exemplar = (name: string) => keptShapes().get(name)!.exemplar;
  const withFixes = unattributed.findings.find((f) => f.code === 'unattributed-quote');
  const withRelated = mixed.findings.find((f) => f.code === 'quote-style-mix');
  assert.ok(withFixes?.fixes && !withFixes.related && natives.sameMap(withFixes, exemplar('Finding with fixes')));
  assert.ok(withRelated?.fixes && withRelated.related && natives.sameMap(withRelated, exemplar('Finding with related places and fixes')));
});

test('a name stripped of its modifiers has the hidden class of the candidates handed out', () => {
  const text = 'The Polish Ministry of Commerce spoke first. Then the Ministry said no. Later the Ministry of Commerce agreed.';
  const prepared = prepareParagraph(text, false);
  const cands = findCandidates(text, prepared, 0, documentEvidence([prepared]), false).map(copyOf);
  const before = cands.map((c) => c.text);
  assert.ok(stripModifiersBeforeNames(cands, cands.map(nameInfo)));
  const stripped = cands.filter((c, k) => c.text !== before[k]);
  assert.deepEqual(stripped.map((c) => c.text), ['Ministry of Commerce']);
  // (a spread's hidden class lived only while a stripped name did: the name passes' code checking for it was thrown away)
  assert.ok(natives.sameMap(stripped[0], cands[cands.length - 1]));
});
