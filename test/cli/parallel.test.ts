import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { ensureCliBuilt, makeTree, runCli } from './helpers';

/** A small article; every seventh has an unclosed quotation, every fifth a TK marker. */
function article(i: number): string {
  const quote = i % 7 === 0 ? `"We will rebuild the pier ${i}` : `"We will rebuild the pier ${i}," Mayor Ana Ruiz said.`;
  const tk = i % 5 === 0 ? ' The cost is TK.' : '';
  return `Storm damage report ${i}\n\nHeavy rain flooded the harbour district on Tuesday, officials said.${tk}\n\n${quote}\n\nThe council meets again next week.\n`;
}

before(ensureCliBuilt);

test('2,000 articles: every file reported, worker threads give the same output as --jobs 1', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 2000; i++) files[`archive/${String(Math.floor(i / 100)).padStart(2, '0')}/story-${String(i).padStart(4, '0')}.article`] = article(i);
  const root = makeTree(files);
  const serial = await runCli(['check', '--format', 'json', '--jobs', '1', 'archive'], { cwd: root });
  const parallel = await runCli(['check', '--format', 'json', '--jobs', '2', 'archive'], { cwd: root });
  const auto = await runCli(['check', '--format', 'json', 'archive'], { cwd: root });
  assert.equal(serial.code, 1, serial.stderr);
  const report = JSON.parse(serial.stdout);
  assert.equal(report.files.length, 2000);
  assert.deepEqual(report.files.map((f: { path: string }) => f.path), Object.keys(files).sort());
  const unclosed = report.files.filter((f: { diagnostics: { code: string }[] }) => f.diagnostics.some((d) => d.code === 'unbalanced-quote')).length;
  assert.equal(unclosed, Math.ceil(2000 / 7));
  assert.equal(parallel.code, serial.code);
  assert.equal(parallel.stdout, serial.stdout);
  assert.equal(auto.stdout, serial.stdout);
  const text1 = await runCli(['check', '-j1', 'archive'], { cwd: root });
  const text2 = await runCli(['check', '-j', '2', 'archive'], { cwd: root });
  assert.equal(text2.stdout, text1.stdout);
  assert.match(text1.stdout, /in 2000 files\n$/);
});
