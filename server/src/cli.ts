import { readFileSync } from 'node:fs';
import { analyzeArticle, LineIndex } from './core';

// PLACEHOLDER CLI (skeleton): `copydesk check FILE…` in text format.
const [command, ...files] = process.argv.slice(2);
if (command !== 'check' || files.length === 0) {
  process.stderr.write('Usage: copydesk check FILE...\n');
  process.exit(2);
}
let worst = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const article = analyzeArticle(text, { format: /\.(md|markdown)$/i.test(file) ? 'markdown' : /\.txt$/i.test(file) ? 'plaintext' : 'article' });
  const lines = new LineIndex(text);
  for (const f of article.findings) {
    const p = lines.positionAt(f.span.start);
    process.stdout.write(`${file}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.code} ${f.message}\n`);
    if (f.severity === 'error' || f.severity === 'warning') worst = 1;
  }
}
process.exit(worst);
