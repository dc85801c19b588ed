import assert from 'node:assert/strict';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { CLEAN_ARTICLE, ensureCliBuilt, FIXTURES, makeTree, runCli, SHARED, TK_ARTICLE, UNBALANCED_ARTICLE } from './helpers';

const SEED = join(SHARED, 'corpus', 'seed', 'trump-russia-venezuela.txt');
const SEED_EXPECT = join(SHARED, 'corpus', 'seed', 'trump-russia-venezuela.expect.json');

function reportValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(join(SHARED, 'spec', 'report.schema.json'), 'utf8')));
}

function sarifValidator() {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8')));
}

/** Every stderr line is one `copydesk: …` line. */
function assertOneLineCause(stderr: string) {
  const lines = stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `expected one stderr line, got:\n${stderr}`);
  assert.match(lines[0], /^copydesk: \S/);
}

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON read back from the CLI */
interface JsonReport {
  version: number;
  files: any[];
}
interface SarifLog {
  version: string;
  runs: any[];
}
/* eslint-enable @typescript-eslint/no-explicit-any */

before(ensureCliBuilt);

describe('copydesk: command line', { concurrency: true }, () => {
  test('--help and --version exit 0', async () => {
    const help = await runCli(['check', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: copydesk check/);
    assert.match(help.stdout, /Exit codes:/);
    const version = await runCli(['--version']);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
  });

  for (const args of [[], ['check'], ['lint', 'x.md'], ['check', '--format', 'xml', 'x'], ['check', '--bogus', 'x'], ['check', '--rule', 'no-such-rule=off', 'x'], ['check', '--rule', 'tk-marker=loud', 'x'], ['check', '--jobs', '0', 'x']]) {
    test(`usage error exits 2 with one line: ${args.join(' ') || '(nothing)'}`, async () => {
      const r = await runCli(args);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assertOneLineCause(r.stderr);
    });
  }

  test('a path that matches nothing is an input error (exit 2), nothing on stdout', async () => {
    const root = makeTree({ 'a.article': CLEAN_ARTICLE });
    const r = await runCli(['check', '--format', 'json', 'a.article', 'missing.article'], { cwd: root });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assertOneLineCause(r.stderr);
    assert.match(r.stderr, /missing\.article/);
  });
});

describe('copydesk check: text format and exit codes', { concurrency: true }, () => {
  test('clean files exit 0 with a summary line', async () => {
    const root = makeTree({ 'a.article': CLEAN_ARTICLE, 'b.md': CLEAN_ARTICLE });
    const r = await runCli(['check', '.'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '0 problems (0 errors, 0 warnings, 0 information, 0 hints) in 2 files\n');
  });

  test('an error exits 1; lines are path:line:col severity code message under a header per file', async () => {
    const root = makeTree({ 'u.article': UNBALANCED_ARTICLE, 'c.article': CLEAN_ARTICLE, 'w.article': TK_ARTICLE });
    const r = await runCli(['check', 'u.article', 'c.article', 'w.article'], { cwd: root });
    assert.equal(r.code, 1);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'u.article');
    assert.match(lines[1], /^u\.article:3:16 error unbalanced-quote \S/);
    assert.ok(!r.stdout.includes('c.article'), 'files without findings get no header');
    assert.ok(lines.includes('w.article'));
    assert.ok(lines.some((l) => /^w\.article:3:\d+ warning tk-marker /.test(l)));
    assert.match(r.stdout, /\n2 problems \(1 error, 1 warning, 0 information, 0 hints\) in 3 files\n$/);
    assert.ok(!r.stdout.includes('\x1b['), 'no colour when stdout is not a TTY');
  });

  test('warnings alone exit 1; --max-warnings N allows up to N', async () => {
    const root = makeTree({ 'w.article': TK_ARTICLE });
    assert.equal((await runCli(['check', 'w.article'], { cwd: root })).code, 1);
    assert.equal((await runCli(['check', '--max-warnings', '1', 'w.article'], { cwd: root })).code, 0);
    const over = await runCli(['check', '--max-warnings=0', 'w.article'], { cwd: root });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /too many warnings/);
    assert.equal((await runCli(['check', '--max-warnings', '-1', 'w.article'], { cwd: root })).code, 0);
  });

  test('--rule overrides a rule (off, or another severity)', async () => {
    const root = makeTree({ 'u.article': UNBALANCED_ARTICLE });
    const off = await runCli(['check', '--rule', 'unbalanced-quote=off', 'u.article'], { cwd: root });
    assert.equal(off.code, 0);
    assert.match(off.stdout, /^0 problems/);
    const hint = await runCli(['check', '--rule=unbalanced-quote=hint', 'u.article'], { cwd: root });
    assert.equal(hint.code, 0);
    assert.match(hint.stdout, /u\.article:3:16 hint unbalanced-quote /);
  });

  test('--quiet reports errors only and warnings do not fail', async () => {
    const root = makeTree({ 'w.article': TK_ARTICLE, 'u.article': UNBALANCED_ARTICLE });
    const w = await runCli(['check', '--quiet', 'w.article'], { cwd: root });
    assert.equal(w.code, 0);
    assert.ok(!w.stdout.includes('tk-marker'));
    const u = await runCli(['check', '-q', 'u.article', 'w.article'], { cwd: root });
    assert.equal(u.code, 1);
    assert.match(u.stdout, /unbalanced-quote/);
    assert.ok(!u.stdout.includes('tk-marker'));
  });

  test('--stdin-filename reads stdin, reports it under NAME and finds the config from its folder', async () => {
    const root = makeTree({ 'desk/.copydesk.yaml': 'rules:\n  tk-marker: off\n' });
    const r = await runCli(['check', '--stdin-filename', 'desk/draft.article'], { cwd: root, input: UNBALANCED_ARTICLE });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^desk\/draft\.article\ndesk\/draft\.article:3:16 error unbalanced-quote /);
    const tk = await runCli(['check', '--stdin-filename', 'desk/draft.article'], { cwd: root, input: TK_ARTICLE });
    assert.equal(tk.code, 0, 'the folder config turns tk-marker off');
    const json = await runCli(['check', '--format', 'json', '--stdin-filename', 'elsewhere/x.md'], { cwd: root, input: TK_ARTICLE });
    assert.equal(json.code, 1);
    assert.equal(JSON.parse(json.stdout).files[0].path, 'elsewhere/x.md');
  });
});

describe('copydesk check: configuration', { concurrency: true }, () => {
  test('a rule set to off in .copydesk.yaml is applied; --rule overrides it', async () => {
    const root = makeTree({ '.copydesk.yaml': 'rules:\n  unbalanced-quote: off\n', 'sub/u.article': UNBALANCED_ARTICLE });
    assert.equal((await runCli(['check', 'sub'], { cwd: root })).code, 0);
    assert.equal((await runCli(['check', '--rule', 'unbalanced-quote=error', 'sub'], { cwd: root })).code, 1);
    assert.equal((await runCli(['check', '--no-config', 'sub'], { cwd: root })).code, 1);
  });

  test('the nearest .copydesk.yml wins over a parent folder one', async () => {
    const root = makeTree({ '.copydesk.yaml': 'rules:\n  unbalanced-quote: off\n', 'sub/.copydesk.yml': 'rules:\n  tk-marker: off\n', 'sub/u.article': UNBALANCED_ARTICLE });
    assert.equal((await runCli(['check', 'sub/u.article'], { cwd: root })).code, 1);
  });

  test('--config FILE applies to every file', async () => {
    const root = makeTree({ 'strict.yaml': 'rules:\n  unbalanced-quote: off\n', 'u.article': UNBALANCED_ARTICLE });
    assert.equal((await runCli(['check', '--config', 'strict.yaml', 'u.article'], { cwd: root })).code, 0);
    const missing = await runCli(['check', '--config', 'nope.yaml', 'u.article'], { cwd: root });
    assert.equal(missing.code, 2);
    assertOneLineCause(missing.stderr);
  });

  test('a bad configuration exits 2 with a one-line cause and nothing on stdout', async () => {
    const root = makeTree({ '.copydesk.yaml': 'rules:\n  unbalanced-quote: [off\n', 'a.article': CLEAN_ARTICLE });
    const r = await runCli(['check', '--format', 'json', 'a.article'], { cwd: root });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assertOneLineCause(r.stderr);
    assert.match(r.stderr, /^copydesk: invalid configuration \.copydesk\.yaml:\d+:\d+: /);
  });

  test('an unknown key is a warning on stderr; the rest of the configuration still applies', async () => {
    const root = makeTree({ '.copydesk.yaml': 'colour: red\nrules:\n  unbalanced-quote: off\n', 'u.article': UNBALANCED_ARTICLE });
    const r = await runCli(['check', 'u.article'], { cwd: root });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^copydesk: warning: \.copydesk\.yaml:1:1: Unknown key "colour"/);
  });
});

describe('copydesk check: finding files', { concurrency: true }, () => {
  test('folders are searched for article files; .gitignore is honoured', async () => {
    const root = makeTree({
      '.gitignore': 'drafts/old/\n*.private.md\n',
      'a.article': UNBALANCED_ARTICLE,
      'notes.json': '{"x": "unclosed}',
      'drafts/b.md': UNBALANCED_ARTICLE,
      'drafts/secret.private.md': UNBALANCED_ARTICLE,
      'drafts/old/c.story': UNBALANCED_ARTICLE,
      'drafts/nested/.gitignore': 'skip.txt\n',
      'drafts/nested/skip.txt': UNBALANCED_ARTICLE,
      'drafts/nested/keep.txt': UNBALANCED_ARTICLE,
      'node_modules/pkg/readme.md': UNBALANCED_ARTICLE,
    });
    const r = await runCli(['check', '--format', 'json', '.'], { cwd: root });
    assert.equal(r.code, 1, r.stderr);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths, ['a.article', 'drafts/b.md', 'drafts/nested/keep.txt']);
  });

  test('glob patterns are expanded (and a file named explicitly is checked even if ignored)', async () => {
    const root = makeTree({
      '.gitignore': 'ignored.md\n',
      'x/one.md': CLEAN_ARTICLE,
      'x/two.article': CLEAN_ARTICLE,
      'x/deep/three.md': CLEAN_ARTICLE,
      'x/image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]),
      'ignored.md': CLEAN_ARTICLE,
    });
    const md = await runCli(['check', '--format', 'json', 'x/**/*.md', '*.md'], { cwd: root });
    assert.equal(md.code, 2, 'the second glob matches only an ignored file');
    const r = await runCli(['check', '--format', 'json', 'x/**/*.md'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['x/deep/three.md', 'x/one.md']);
    const all = await runCli(['check', '--format', 'json', 'x/**'], { cwd: root });
    assert.deepEqual(JSON.parse(all.stdout).files.map((f: { path: string }) => f.path), ['x/deep/three.md', 'x/one.md', 'x/two.article']);
    const explicit = await runCli(['check', '--format', 'json', 'ignored.md'], { cwd: root });
    assert.equal(JSON.parse(explicit.stdout).files.length, 1);
  });

  test('binary and huge files are skipped with a message and do not change the exit code', async () => {
    const root = makeTree({
      'bin.txt': Buffer.from('Headline\n\nSome\u0000binary\n'),
      'big.md': 'Headline\n\n' + 'The council met. '.repeat(20),
      'ok.article': CLEAN_ARTICLE,
      '.copydesk.yaml': 'maxFileSize: 200\n',
    });
    const r = await runCli(['check', 'bin.txt', 'big.md', 'ok.article'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^copydesk: skipped bin\.txt: binary file/m);
    assert.match(r.stderr, /^copydesk: skipped big\.md: file too large/m);
    assert.match(r.stdout, /^bin\.txt: skipped: binary file/m);
    assert.match(r.stdout, /^big\.md: skipped: file too large/m);
    assert.match(r.stdout, /in 1 file, 2 not checked\n$/);
    const json = await runCli(['check', '--format', 'json', 'bin.txt', 'big.md', 'ok.article'], { cwd: root });
    assert.deepEqual(JSON.parse(json.stdout).files.map((f: { path: string }) => f.path), ['ok.article']);
  });

  test('the default size limit is 2 MB', async () => {
    const root = makeTree({ 'huge.txt': 'Headline\n\n' + 'x'.repeat(2 * 1024 * 1024 + 10) });
    const r = await runCli(['check', 'huge.txt'], { cwd: root });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /skipped huge\.txt: file too large/);
  });
});

describe('copydesk check: JSON and SARIF', { concurrency: true }, () => {
  test('--format json validates against report.schema.json', async () => {
    const root = makeTree({ 'u.article': UNBALANCED_ARTICLE, 'w.md': `---\nheadline: Test\nentities:\n  Russia: [the Kremlin]\n---\n${TK_ARTICLE}`, 'c.txt': CLEAN_ARTICLE });
    const validate = reportValidator();
    const r = await runCli(['check', '--format', 'json', '.', SEED], { cwd: root });
    assert.equal(r.code, 1, r.stderr);
    const report: JsonReport = JSON.parse(r.stdout);
    assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
    assert.equal(report.version, 1);
    assert.equal(report.files.length, 4);
    const u = report.files.find((f: { path: string }) => f.path === 'u.article');
    assert.deepEqual(u.diagnostics[0].range.start, { line: 2, character: 15 });
    assert.equal(u.diagnostics[0].code, 'unbalanced-quote');
  });

  test('--format json lists a name nested in a longer name under its entity, and validates', async () => {
    const text = 'Red Sox sign a pitcher\n\nHe grew up in Boston. The Boston Red Sox signed him.\n';
    const root = makeTree({ 'n.txt': text });
    const r = await runCli(['check', '--format', 'json', 'n.txt'], { cwd: root });
    const report: JsonReport = JSON.parse(r.stdout);
    const validate = reportValidator();
    assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
    const boston = report.files[0].entities.find((e: { name: string }) => e.name === 'Boston');
    const nested = text.indexOf('Boston Red Sox');
    assert.deepEqual(boston.mentions.map((m: { offset: [number, number] }) => m.offset), [[text.indexOf('Boston'), text.indexOf('Boston') + 6], [nested, nested + 6]]);
  });

  test('a UTF-8 byte order mark is not text: offsets and columns as without it (as VS Code shows them)', async () => {
    const root = makeTree({ 'bom.article': '\ufeff' + UNBALANCED_ARTICLE, 'plain.article': UNBALANCED_ARTICLE });
    const r = await runCli(['check', '--format', 'json', 'bom.article', 'plain.article'], { cwd: root });
    const [bom, plain] = JSON.parse(r.stdout).files;
    assert.equal(bom.path, 'bom.article');
    assert.ok(bom.diagnostics.length > 0);
    assert.deepEqual(bom.diagnostics.map((d: { offset: unknown; range: unknown }) => [d.offset, d.range]), plain.diagnostics.map((d: { offset: unknown; range: unknown }) => [d.offset, d.range]));
  });

  test('the seed article gives the expected number of quotes', async () => {
    const expected = JSON.parse(readFileSync(SEED_EXPECT, 'utf8'));
    const r = await runCli(['check', '--format', 'json', SEED]);
    const report = JSON.parse(r.stdout);
    assert.equal(report.files[0].path, SEED);
    assert.equal(report.files[0].quotes.length, expected.quoteCount);
  });

  test('--format sarif validates against the SARIF 2.1.0 schema', async () => {
    const root = makeTree({ 'u.article': UNBALANCED_ARTICLE, 'w.article': TK_ARTICLE, 'bin.txt': Buffer.from([1, 0, 2]) });
    const validate = sarifValidator();
    const r = await runCli(['check', '--format', 'sarif', '.', SEED], { cwd: root });
    assert.equal(r.code, 1, r.stderr);
    const log: SarifLog = JSON.parse(r.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.ok(run.tool.driver.rules.some((rule: { id: string; shortDescription: { text: string } }) => rule.id === 'unbalanced-quote' && rule.shortDescription.text.length > 10));
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'unbalanced-quote');
    assert.equal(result.level, 'error');
    const loc = result.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, 'u.article');
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.equal(loc.region.startLine, 3);
    assert.equal(loc.region.startColumn, 16);
    assert.ok(run.invocations[0].toolExecutionNotifications.some((n: { message: { text: string } }) => n.message.text.includes('bin.txt')));
  });

  test('the output is written whole, once: a run with a bad path writes nothing', async () => {
    const root = makeTree({ 'a.article': CLEAN_ARTICLE });
    const r = await runCli(['check', '--format', 'sarif', 'a.article', 'nope/*.md'], { cwd: root });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
  });

  test('an unreadable file is an input error (exit 2) but the others are still reported', async () => {
    const root = makeTree({ 'a.article': CLEAN_ARTICLE, 'b.article': CLEAN_ARTICLE });
    chmodSync(root, 0o755);
    chmodSync(join(root, 'a.article'), 0o644);
    chmodSync(join(root, 'b.article'), 0o000);
    // root reads any file, so as root the CLI runs as "nobody" to meet a permission error
    const asNobody = process.getuid?.() === 0 ? { uid: 65534 } : {};
    const r = await runCli(['check', '--format', 'json', 'a.article', 'b.article'], { cwd: root, ...asNobody });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot check b\.article: permission denied/);
    assert.equal(JSON.parse(r.stdout).files.length, 1);
  });
});
