import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { clearConfigCache, findConfigFile, loadConfigFile, loadConfigForFile } from '../../server/src/config/loadConfig';
import { mergeOptions, parseByteSize, parseConfig, parseFrontMatterEntities, type ConfigProblem } from '../../server/src/core/config';

/** The text each problem's span covers. */
function spanned(text: string, problems: ConfigProblem[]): string[] {
  return problems.map((p) => text.slice(p.span.start, p.span.end));
}

describe('parseConfig', () => {
  test('an empty text is an empty configuration', () => {
    assert.deepEqual(parseConfig(''), { options: {}, problems: [] });
    assert.deepEqual(parseConfig('# only a comment\n'), { options: {}, problems: [] });
  });

  test('reads every key', () => {
    const text = [
      'rules:',
      '  unattributed-quote: error',
      '  tk-marker: off',
      '  first-reference: warn',
      'cues: [quipped, mused]',
      'anonymousSources:',
      '  - insider',
      'entities:',
      '  - name: Juan Guaidó',
      '    aliases: [Guaido, Juan Guaido]',
      '    type: person',
      '    roles: [opposition leader]',
      '    description: Leader of the National Assembly',
      'keepApart:',
      '  - [Trump, Guaidó]',
      'maxFileSize: 2MB',
      '',
    ].join('\n');
    const { options, problems, maxFileSize } = parseConfig(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(options.rules, { 'unattributed-quote': 'error', 'tk-marker': 'off', 'first-reference': 'warning' });
    assert.deepEqual(options.extraCues, ['quipped', 'mused']);
    assert.deepEqual(options.anonymousWords, ['insider']);
    assert.deepEqual(options.styleSheet, [
      { name: 'Juan Guaidó', aliases: ['Guaido', 'Juan Guaido'], type: 'person', roles: ['opposition leader'], description: 'Leader of the National Assembly' },
    ]);
    assert.deepEqual(options.keepApart, [['Trump', 'Guaidó']]);
    assert.equal(maxFileSize, 2 * 1024 * 1024);
  });

  test('the style sheet may be a map: Name: [aliases] or Name: {aliases, roles, type, description}', () => {
    const text = 'entities:\n  Russia: [the Kremlin, Moscow]\n  Nicolás Maduro:\n    aliases: Maduro\n    type: person\n    roles: [president]\n  Venezuela:\n';
    const { options, problems } = parseConfig(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(options.styleSheet, [
      { name: 'Russia', aliases: ['the Kremlin', 'Moscow'], roles: [] },
      { name: 'Nicolás Maduro', aliases: ['Maduro'], roles: ['president'], type: 'person' },
      { name: 'Venezuela', aliases: [], roles: [] },
    ]);
  });

  test('problem spans point at the bad key or value; the valid rest is applied', () => {
    const text = 'rules:\n  no-such-rule: off\n  tk-marker: loud\n  unbalanced-quote: hint\ncolour: red\ncues: [quipped, {a: b}]\nentities:\n  - name: Ana Ruiz\n    type: alien\n    nickname: Ani\nkeepApart: [[Trump], [Trump, Guaidó]]\nmaxFileSize: huge\n';
    const { options, problems } = parseConfig(text);
    assert.deepEqual(spanned(text, problems), ['no-such-rule', 'loud', 'colour', '{a: b}', 'alien', 'nickname', '[Trump]', 'huge']);
    assert.deepEqual(
      problems.map((p) => p.severity),
      ['warning', 'error', 'warning', 'error', 'error', 'warning', 'error', 'error'],
    );
    assert.match(problems[0].message, /Unknown rule "no-such-rule"/);
    assert.match(problems[1].message, /tk-marker/);
    assert.deepEqual(options.rules, { 'unbalanced-quote': 'hint' });
    assert.deepEqual(options.extraCues, ['quipped']);
    assert.deepEqual(options.styleSheet, [{ name: 'Ana Ruiz', aliases: [], roles: [] }]);
    assert.deepEqual(options.keepApart, [['Trump', 'Guaidó']]);
  });

  test('wrong types are errors at the value', () => {
    const text = 'rules: [tk-marker]\ncues: 42\nentities: yes\n';
    const { options, problems } = parseConfig(text);
    assert.deepEqual(spanned(text, problems), ['[tk-marker]', '42', 'yes']);
    assert.ok(problems.every((p) => p.severity === 'error'));
    assert.deepEqual(options, { rules: {}, extraCues: [], styleSheet: [] });
  });

  test('bad YAML is an error at the place it breaks, one line of message', () => {
    const text = 'rules:\n  tk-marker: off\ncues: [quipped\n';
    const { problems, options } = parseConfig(text);
    const first = problems[0];
    assert.equal(first.severity, 'error');
    assert.ok(!first.message.includes('\n'));
    assert.ok(first.span.start >= text.indexOf('cues'), `span ${first.span.start} is in the broken line`);
    assert.deepEqual(options.rules, { 'tk-marker': 'off' }, 'what parsed before the break still applies');
  });

  test('duplicate keys, a non-mapping root and custom tags are problems', () => {
    assert.equal(parseConfig('cues: [a]\ncues: [b]\n').problems[0].severity, 'error');
    const list = parseConfig('- a\n- b\n');
    assert.equal(list.problems.length, 1);
    assert.match(list.problems[0].message, /mapping/);
    const tagged = parseConfig('cues: !!js/function "f"\n');
    assert.ok(tagged.problems.length >= 1);
  });

  test('aliases resolve a little, but not exponentially', () => {
    const ok = parseConfig('x: &w [quipped]\ncues: *w\n');
    assert.deepEqual(ok.options.extraCues, ['quipped']);
    let bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 0; i < 9; i++) bomb += `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill('*' + String.fromCharCode(97 + i)).join(', ')}]\n`;
    bomb += 'cues: *j\n';
    const r = parseConfig(bomb); // finishing at all shows that nested aliases are not expanded
    assert.deepEqual(r.options.extraCues, []);
    const many = parseConfig(`x: &w quipped\ncues: [${Array(60).fill('*w').join(', ')}]\n`);
    assert.ok(many.problems.some((p) => /Too many aliases/.test(p.message)));
    assert.equal(many.options.extraCues?.length, 50);
  });

  test('a huge configuration text gives one problem and is ignored', () => {
    const r = parseConfig('cues: [a]\n' + '#'.repeat(1024 * 1024 + 1));
    assert.equal(r.problems.length, 1);
    assert.deepEqual(r.options, {});
  });

  test('sizes', () => {
    assert.equal(parseByteSize('2MB'), 2 * 1024 * 1024);
    assert.equal(parseByteSize('500 KB'), 500 * 1024);
    assert.equal(parseByteSize('1.5 MiB'), 1.5 * 1024 * 1024);
    assert.equal(parseByteSize(1000), 1000);
    assert.equal(parseByteSize('1000'), 1000);
    assert.equal(parseByteSize('lots'), undefined);
    assert.equal(parseByteSize(-1), undefined);
  });
});

describe('parseFrontMatterEntities', () => {
  test('reads entity aliases and pairs to keep apart', () => {
    const data = {
      headline: 'x',
      entities: { Russia: ['the Kremlin', 'Moscow'], 'Juan Guaidó': { aliases: ['Guaido'], roles: ['opposition leader'] }, separate: [['Russia', 'Venezuela']] },
      keepApart: [['Trump', 'Guaidó']],
    };
    assert.deepEqual(parseFrontMatterEntities(data), {
      styleSheet: [
        { name: 'Russia', aliases: ['the Kremlin', 'Moscow'], roles: [] },
        { name: 'Juan Guaidó', aliases: ['Guaido'], roles: ['opposition leader'] },
      ],
      keepApart: [['Russia', 'Venezuela'], ['Trump', 'Guaidó']],
    });
  });

  test('a list of entities, and nonsense ignored', () => {
    assert.deepEqual(parseFrontMatterEntities({ entities: [{ name: 'Ana Ruiz', aliases: 'Ruiz' }, ['not', 'an entity']] }), {
      styleSheet: [{ name: 'Ana Ruiz', aliases: ['Ruiz'], roles: [] }],
    });
    assert.deepEqual(parseFrontMatterEntities(null), {});
    assert.deepEqual(parseFrontMatterEntities({ entities: 'Russia' }), {});
  });
});

describe('mergeOptions', () => {
  test('later parts win; lists are joined; style sheet entries of the same name are combined', () => {
    const merged = mergeOptions(
      { rules: { 'tk-marker': 'off', 'unattributed-quote': 'error' }, extraCues: ['quipped'], styleSheet: [{ name: 'Russia', aliases: ['Moscow'], roles: [] }], keepApart: [['A', 'B']] },
      undefined,
      { rules: { 'tk-marker': 'hint' }, extraCues: ['quipped', 'mused'], styleSheet: [{ name: 'russia', aliases: ['the Kremlin'], roles: [], type: 'place' }], keepApart: [['B', 'A'], ['C', 'D']] },
    );
    assert.deepEqual(merged, {
      rules: { 'tk-marker': 'hint', 'unattributed-quote': 'error' },
      extraCues: ['quipped', 'mused'],
      styleSheet: [{ name: 'Russia', aliases: ['Moscow', 'the Kremlin'], roles: [], type: 'place' }],
      keepApart: [['A', 'B'], ['C', 'D']],
    });
  });
});

describe('loadConfig (Node side)', () => {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-config-'));
  mkdirSync(join(root, 'desk', 'politics'), { recursive: true });
  writeFileSync(join(root, '.copydesk.yaml'), 'rules:\n  tk-marker: off\n');
  writeFileSync(join(root, 'desk', '.copydesk.yml'), 'cues: [quipped]\nbogus: 1\n');

  test('finds the nearest configuration file, up to stopAt', () => {
    assert.equal(findConfigFile(join(root, 'desk', 'politics', 'a.md')), join(root, 'desk', '.copydesk.yml'));
    assert.equal(findConfigFile(join(root, 'b.md')), join(root, '.copydesk.yaml'));
    assert.equal(findConfigFile(join(root, 'desk', 'politics', 'a.md'), join(root, 'desk', 'politics')), null);
  });

  test('loads with located problems and caches by modification time', () => {
    clearConfigCache();
    const loaded = loadConfigForFile(join(root, 'desk', 'politics', 'not-yet-written.md'));
    assert.equal(loaded.file, join(root, 'desk', '.copydesk.yml'));
    assert.deepEqual(loaded.options.extraCues, ['quipped']);
    assert.equal(loaded.problems.length, 1);
    assert.deepEqual(loaded.problems[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
    assert.equal(loadConfigForFile(join(root, 'desk', 'x.md')), loaded, 'cached');
    const file = join(root, 'desk', '.copydesk.yml');
    writeFileSync(file, 'cues: [mused]\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(loadConfigForFile(join(root, 'desk', 'x.md')).options.extraCues, ['mused']);
  });

  test('never throws: a missing or unreadable file is a problem', () => {
    const missing = loadConfigFile(join(root, 'nope.yaml'));
    assert.equal(missing.problems.length, 1);
    assert.equal(missing.problems[0].severity, 'error');
    const folder = loadConfigFile(join(root, 'desk'));
    assert.equal(folder.problems[0].severity, 'error');
  });
});
