/**
 * TextMate grammars: syntaxes/article.tmLanguage.json (scope text.article) and the quotation injection
 * syntaxes/quotes.injection.tmLanguage.json (into text.html.markdown and text.plain), tokenized with the
 * same engine VS Code uses (vscode-textmate + vscode-oniguruma).
 *
 * Fixtures mark a position with `|`: the assertion is about the scopes of the character right after it.
 * VS Code's own Markdown, plain-text and YAML grammars are not available here; small stubs with the same
 * scope names live in test/fixtures/grammar.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type * as Textmate from 'vscode-textmate';
import type * as Oniguruma from 'vscode-oniguruma';

// Both packages ship UMD bundles; require them so the test runs the same whether tsx treats it as CJS or ESM.
const requireCjs = createRequire(import.meta.url);
const vsctm = requireCjs('vscode-textmate') as typeof Textmate;
const oniguruma = requireCjs('vscode-oniguruma') as typeof Oniguruma;

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'grammar');

const grammarFiles: Record<string, string> = {
  'text.article': join(root, 'syntaxes', 'article.tmLanguage.json'),
  'copydesk.quotes.injection': join(root, 'syntaxes', 'quotes.injection.tmLanguage.json'),
  'text.plain': join(fixtures, 'text.plain.stub.tmLanguage.json'),
  'text.html.markdown': join(fixtures, 'markdown.stub.tmLanguage.json'),
  'source.yaml': join(fixtures, 'yaml.stub.tmLanguage.json'),
};

/** Grammar scopes provided by VS Code itself, which our grammars may include. */
const BUILTIN_SCOPES = new Set(['source.yaml']);

interface RawGrammar {
  scopeName: string;
  injectionSelector?: string;
  patterns: unknown[];
  repository?: Record<string, unknown>;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

let onigReady: Promise<void> | undefined;
function loadOniguruma(): Promise<void> {
  onigReady ??= (async () => {
    const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  })();
  return onigReady;
}

function createRegistry(): Textmate.Registry {
  return new vsctm.Registry({
    onigLib: loadOniguruma().then(() => ({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    })),
    loadGrammar: async (scopeName) => {
      const file = grammarFiles[scopeName];
      if (!file) return null;
      return vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
    // As package.json's contributes.grammars[].injectTo declares.
    getInjections: (scopeName) =>
      scopeName === 'text.plain' || scopeName === 'text.html.markdown' ? ['copydesk.quotes.injection'] : undefined,
  });
}

const grammars = new Map<string, Textmate.IGrammar>();

/** Scopes of the character right after `|` in `fixture` (which may span several lines). */
function scopesAt(scopeName: string, fixture: string): string[] {
  const grammar = grammars.get(scopeName);
  assert.ok(grammar, `grammar ${scopeName} not loaded`);
  const cursor = fixture.indexOf('|');
  assert.ok(cursor >= 0 && fixture.indexOf('|', cursor + 1) < 0, `fixture needs exactly one | marker: ${fixture}`);
  const text = fixture.slice(0, cursor) + fixture.slice(cursor + 1);
  const targetLine = fixture.slice(0, cursor).split('\n').length - 1;
  const column = cursor - (fixture.lastIndexOf('\n', cursor - 1) + 1);
  let stack = vsctm.INITIAL;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const result = grammar.tokenizeLine(lines[i], stack);
    if (i === targetLine) {
      assert.ok(column < lines[i].length, `| must precede a character: ${fixture}`);
      const token = result.tokens.find((t) => t.startIndex <= column && column < t.endIndex);
      assert.ok(token, `no token at ${column} in ${JSON.stringify(lines[i])}`);
      return token.scopes;
    }
    stack = result.ruleStack;
  }
  throw new Error('unreachable');
}

function assertScope(scopeName: string, fixture: string, expected: string): void {
  const scopes = scopesAt(scopeName, fixture);
  assert.ok(scopes.includes(expected), `${JSON.stringify(fixture)}: expected ${expected} in [${scopes.join(', ')}]`);
}

function assertNoScope(scopeName: string, fixture: string, prefix: string): void {
  const scopes = scopesAt(scopeName, fixture);
  const hit = scopes.find((s) => s === prefix || s.startsWith(prefix + '.'));
  assert.equal(hit, undefined, `${JSON.stringify(fixture)}: unexpected ${hit} in [${scopes.join(', ')}]`);
}

/** An article body line: the first line of an article is its headline, so put a headline first. */
const body = (line: string): string => `Headline\n${line}`;
const art = (fixture: string, expected: string) => assertScope('text.article', fixture, expected);
const artNot = (fixture: string, prefix: string) => assertNoScope('text.article', fixture, prefix);

before(async () => {
  const registry = createRegistry();
  for (const scopeName of ['text.article', 'text.plain', 'text.html.markdown']) {
    const grammar = await registry.loadGrammar(scopeName);
    assert.ok(grammar, `could not load ${scopeName}`);
    grammars.set(scopeName, grammar);
  }
});

describe('grammar files', () => {
  const own = {
    'text.article': readJson(grammarFiles['text.article']) as RawGrammar,
    'copydesk.quotes.injection': readJson(grammarFiles['copydesk.quotes.injection']) as RawGrammar,
  };

  it('parse as JSON and carry the scope names package.json declares', () => {
    const pkg = readJson(join(root, 'package.json')) as {
      contributes: { grammars: { scopeName: string; path: string }[] };
    };
    for (const g of pkg.contributes.grammars) {
      const raw = readJson(join(root, g.path)) as RawGrammar;
      assert.equal(raw.scopeName, g.scopeName, g.path);
    }
    assert.match(own['copydesk.quotes.injection'].injectionSelector ?? '', /L:text\.html\.markdown\b/);
    assert.match(own['copydesk.quotes.injection'].injectionSelector ?? '', /L:text\.plain\b/);
  });

  it('resolve every include', () => {
    const unresolved: string[] = [];
    const walk = (node: unknown, grammar: RawGrammar, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, grammar, `${where}[${i}]`));
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'include' && typeof value === 'string') {
          const [scope, rule] = value.startsWith('#') ? [grammar.scopeName, value.slice(1)] : value.split('#');
          if (value === '$self' || value === '$base') continue;
          const target = own[scope as keyof typeof own];
          const ok = target ? rule === undefined || rule in (target.repository ?? {}) : rule === undefined && BUILTIN_SCOPES.has(scope);
          if (!ok) unresolved.push(`${grammar.scopeName} ${where}: ${value}`);
        } else walk(value, grammar, `${where}.${key}`);
      }
    };
    for (const grammar of Object.values(own)) walk(grammar, grammar, '');
    assert.deepEqual(unresolved, []);
  });

  it('contain only regular expressions Oniguruma compiles', async () => {
    await loadOniguruma();
    const bad: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') {
          try {
            new oniguruma.OnigScanner([value]).dispose();
          } catch (e) {
            bad.push(`${where}.${key}: ${(e as Error).message}`);
          }
        } else walk(value, `${where}.${key}`);
      }
    };
    for (const [name, grammar] of Object.entries(own)) walk(grammar, name);
    assert.deepEqual(bad, []);
  });
});

describe('article grammar: quotations', () => {
  it('straight double quotes', () => {
    art(body('He said "hi|" today'), 'string.quoted.double.article');
    art(body('He said |"hi" today'), 'punctuation.definition.string.begin.article');
    art(body('He said "hi|" today'), 'punctuation.definition.string.end.article');
    artNot(body('He said "hi" |today'), 'string.quoted');
    artNot(body('He is 6-foot-2" |tall'), 'string.quoted');
  });

  it('curly double quotes', () => {
    art(body('“We will |win,” she said.'), 'string.quoted.double.curly.article');
    art(body('“We will win,|” she said.'), 'punctuation.definition.string.end.article');
    artNot(body('“We will win,” |she said.'), 'string.quoted');
  });

  it('guillemets and single guillemets', () => {
    art(body('Il a dit « |non » hier.'), 'string.quoted.double.guillemet.article');
    artNot(body('Il a dit «non» |hier.'), 'string.quoted');
    art(body('Er sagte ‹|ja› gestern.'), 'string.quoted.single.guillemet.article');
  });

  it('German low-high quotes', () => {
    art(body('Er sagte: „Das |ist gut.“ Dann ging er.'), 'string.quoted.double.low.article');
    art(body('Er sagte: „Das ist gut.|“ Dann ging er.'), 'punctuation.definition.string.end.article');
    artNot(body('Er sagte: „Das ist gut.“ |Dann ging er.'), 'string.quoted');
  });

  it('single quotes where they clearly quote', () => {
    art(body("The sign read 'no |entry' in red."), 'string.quoted.single.article');
    art(body("He called it ‘a |disgrace’."), 'string.quoted.single.curly.article');
    art(body('He said: ‘Guaidó’s |plan failed’.'), 'string.quoted.single.curly.article');
    art(body(`"She told me 'never |again,' and left," he said.`), 'string.quoted.single.article');
    art(body('(‘|Yes’) was the answer.'), 'string.quoted.single.curly.article');
  });

  it('apostrophes are not quotations', () => {
    artNot(body('Guaidó’|s allies met the Maduros’ aides.'), 'string.quoted');
    artNot(body("O'|Neill met the Joneses' lawyer."), 'string.quoted');
    artNot(body("Music of the '|90s and the players' union."), 'string.quoted');
    artNot(body("Music of the '90s and the |players' union."), 'string.quoted');
    artNot(body('A ‘|90s revival, and Perez’ team.'), 'string.quoted');
    artNot(body("It was rock '|n' roll."), 'string.quoted');
    artNot(body('It was rock ‘|n’ roll.'), 'string.quoted');
    artNot(body("The '|Canes beat O'Brien's team."), 'string.quoted');
    artNot(body("They stayed 'til |dawn and the Joneses' kids left."), 'string.quoted');
  });

  it('a quotation may wrap onto the next line but not across a blank line', () => {
    art('Headline\n“We will not\n|give up,” she said.', 'string.quoted.double.curly.article');
    artNot('Headline\n“We will not give up.\n\n|Next paragraph.', 'string.quoted');
    artNot('Headline\n"We will not give up.\n\n|Next paragraph.', 'string.quoted');
    // a line of tabs and space separators is a blank line, as the analysis reads it
    artNot('Headline\n“We will not give up.\n\u00a0\t\n|Next paragraph.', 'string.quoted');
    artNot('Headline\n"We will not give up.\n\u2007\u202f\n|Next paragraph.', 'string.quoted');
    artNot(body('Rates rose [[confirm\n\u00a0\n|with desk]] last year.'), 'comment');
  });

  it('TK and editor’s notes inside a quotation', () => {
    art(body('“We spent |TK on it,” he said.'), 'invalid.illegal.tk.article');
    art(body('“We spent [[|check]] on it,” he said.'), 'comment.block.editors-note.article');
  });
});

describe('article grammar: structure', () => {
  it('the first line is the headline', () => {
    art('|Mayor resigns amid scandal\nBody.', 'markup.heading.article');
    art('Mayor |resigns amid scandal\nBody.', 'entity.name.section.article');
    artNot('Mayor resigns\n|Body text.', 'markup.heading');
    art('Mayor says “|enough”\nBody.', 'string.quoted.double.curly.article');
  });

  it('a "# " line is a headline', () => {
    art(body('|# Mayor resigns'), 'punctuation.definition.heading.article');
    art(body('# Mayor |resigns'), 'entity.name.section.article');
    art(body('# Mayor |resigns'), 'markup.heading.article');
    artNot(body('#|hashtag is not a heading'), 'markup.heading');
  });

  it('YAML front matter at the very start', () => {
    const doc = (cursorLine: number) =>
      ['---', 'slug: mayor', 'author: Jane Doe', '---', 'Headline', '---']
        .map((l, i) => (i === cursorLine ? `|${l}` : l))
        .join('\n');
    art(doc(0), 'punctuation.definition.frontmatter.begin.article');
    art(doc(1), 'meta.embedded.block.frontmatter');
    art(doc(1), 'entity.name.tag.yaml');
    art(doc(2), 'meta.embedded.block.frontmatter');
    art(doc(3), 'punctuation.definition.frontmatter.end.article');
    artNot(doc(4), 'meta.frontmatter');
    artNot(doc(4), 'markup.heading');
    artNot(doc(5), 'meta.frontmatter');
    artNot('Headline\n---\n|slug: mayor\n---', 'meta.frontmatter');
  });

  it('TK markers', () => {
    art(body('The budget was $|TK million.'), 'invalid.illegal.tk.article');
    art(body('Population: |TKTK.'), 'invalid.illegal.tk.article');
    art(body('(|TK)'), 'invalid.illegal.tk.article');
    artNot(body('A |TKO in round two.'), 'invalid');
    artNot(body('An A|TK missile.'), 'invalid');
    artNot(body('It was |tk.'), 'invalid');
  });

  it('editor’s notes', () => {
    art(body('Rates rose [[|confirm with desk]] last year.'), 'comment.block.editors-note.article');
    art(body('Rates rose |[[confirm]] last year.'), 'punctuation.definition.comment.begin.article');
    artNot(body('Rates rose [[confirm]] |last year.'), 'comment');
    art(body('EDS: |Embargoed until 6 a.m.'), 'comment.line.editors-note.article');
    art(body('|EDS: Embargoed until 6 a.m.'), 'punctuation.definition.comment.article');
    art(body('Editor’s note: This story |was updated.'), 'comment.line.editors-note.article');
    art(body("Editor's note: This story |was updated."), 'comment.line.editors-note.article');
    art(body('EDS: Fill in |TK.'), 'invalid.illegal.tk.article');
    artNot(body('The EDS: |system crashed.'), 'comment');
  });

  it('HTML comments', () => {
    art(body('Text <!-- |hidden --> more.'), 'comment.block.html');
    art(body('Text |<!-- hidden --> more.'), 'punctuation.definition.comment.html');
    artNot(body('Text <!-- hidden --> |more.'), 'comment');
    art('Headline\n<!-- spans\n|two lines -->', 'comment.block.html');
  });

  it('update line', () => {
    art(body('Updated at |12:21 p.m.'), 'comment.line.update.article');
    art(body('Updated at |12:21 p.m.'), 'constant.other.timestamp.article');
    art(body('|Updated at 12:21 p.m.'), 'keyword.other.update.article');
    art(body('Corrected: Jan. 5, |3 p.m. EST'), 'constant.other.timestamp.article');
    artNot(body('Updated |rules took effect.'), 'comment');
  });

  it('attribution cues', () => {
    for (const cue of ['said', 'says', 'told', 'added', 'asked', 'wrote', 'tweeted', 'warned', 'noted', 'reiterated', 'explained', 'insisted', 'argued', 'claimed']) {
      art(body(`“Yes,” the mayor |${cue} on Monday.`), 'keyword.other.attribution.article');
    }
    art(body('“Yes,” |according to the mayor.'), 'keyword.other.attribution.article');
    art(body('“Yes,” according |to the mayor.'), 'keyword.other.attribution.article');
    art(body('|Said the mayor: “Yes.”'), 'keyword.other.attribution.article');
    artNot(body('The |saidaiji temple.'), 'keyword');
    artNot(body('An un|said truth.'), 'keyword');
    artNot(body('“I |said no,” he told us.'), 'keyword');
  });
});

describe('quotation injection', () => {
  const plain = (fixture: string, expected: string) => assertScope('text.plain', fixture, expected);
  const md = (fixture: string, expected: string) => assertScope('text.html.markdown', fixture, expected);

  it('highlights quotations and cues in plain text', () => {
    plain('He said "|hi" today', 'string.quoted.double.article');
    plain('“We will |win,” she said.', 'string.quoted.double.curly.article');
    plain('Il a dit «|non».', 'string.quoted.double.guillemet.article');
    plain('Er sagte „|ja“.', 'string.quoted.double.low.article');
    plain('“We will win,” she |said.', 'keyword.other.attribution.article');
    plain('Costs were |TK.', 'invalid.illegal.tk.article');
    assertNoScope('text.plain', "O'|Neill met the Joneses' lawyer and Guaidó’s '90s band.", 'string.quoted');
    assertNoScope('text.plain', "It was rock '|n' roll.", 'string.quoted');
    assertNoScope('text.plain', '“I |said no,” he said.', 'keyword');
    assertNoScope('text.plain', '“We will not give up.\n\n|Next paragraph.', 'string.quoted');
    // Editor's notes are an article convention; in other files [[…]] may mean something else (wiki links).
    assertNoScope('text.plain', 'Rates [[|confirm]] rose.', 'comment');
  });

  it('highlights quotations in Markdown prose but not in code or comments', () => {
    md('She said “|hello” twice.', 'string.quoted.double.curly.article');
    md('She |said “hello” twice.', 'keyword.other.attribution.article');
    assertNoScope('text.html.markdown', '```\nprint("|hi")\n```', 'string.quoted.double.article');
    assertNoScope('text.html.markdown', '<!-- she |said -->', 'keyword');
  });
});

describe('language configuration', () => {
  const config = readJson(join(root, 'language-configuration.json')) as {
    comments: { blockComment: [string, string] };
    brackets: [string, string][];
    autoClosingPairs: { open: string; close: string }[];
    wordPattern: { pattern: string; flags: string };
  };

  it('auto-closes every quotation mark kind and declares [[ ]] and <!-- -->', () => {
    const pairs = new Map(config.autoClosingPairs.map((p) => [p.open, p.close]));
    assert.equal(pairs.get('“'), '”');
    assert.equal(pairs.get('«'), '»');
    assert.equal(pairs.get('„'), '“');
    assert.equal(pairs.get('‹'), '›');
    assert.equal(pairs.get("'"), undefined, 'a straight apostrophe must not auto-close');
    assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
    assert.ok(config.brackets.some(([o, c]) => o === '[[' && c === ']]'));
  });

  it('word pattern keeps apostrophes and hyphens inside words', () => {
    const words = (s: string) => s.match(new RegExp(config.wordPattern.pattern, config.wordPattern.flags + 'g'));
    assert.deepEqual(words('Guaidó’s O\'Neill well-known'), ['Guaidó’s', "O'Neill", 'well-known']);
    assert.deepEqual(words('“the \'90s,” she said'), ['the', '90s', 'she', 'said']);
  });
});
