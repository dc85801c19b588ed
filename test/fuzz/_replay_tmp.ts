import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../server/src/core';
import { TestClient } from '../lsp/client';
const { initial, notifications } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
(async () => {
  const d = TextDocument.create('x', 'article', 1, initial);
  const upto = Number(process.argv[3] ?? 2);
  for (const n of notifications.slice(0, upto)) { TextDocument.update(d, n, d.version + 1); console.log(JSON.stringify(n).slice(0, 300)); }
  const text = d.getText();
  console.log('len', text.length, 'findings', analyzeArticle(text).findings.map(f => [f.code, f.span]));
  const c = new TestClient(); await c.initialize();
  const p = await c.open('file:///a.article', initial);
  console.log('open', p.diagnostics.length);
  for (const n of notifications.slice(0, upto)) { const r = await c.change('file:///a.article', n); console.log('v', r.version, r.diagnostics.map(x => [x.code, JSON.stringify(x.range)])); }
  const f = await c.open('file:///b.article', text);
  console.log('fresh', f.diagnostics.map(x => [x.code, JSON.stringify(x.range)]));
  await c.stop();
})();
