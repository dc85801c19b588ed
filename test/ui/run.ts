// The UI test: drives the real VS Code workbench (code-server + headless Chromium)
// through the seed article like a user, and checks what the workbench shows.
//
//   node esbuild.mjs && node --import tsx test/ui/run.ts [--update-screenshots] [--out DIR] [--keep] [--verbose]
//
// Screenshots go to a new temp dir (printed at the end), or with --update-screenshots
// to docs/images/. Exits 1 with the failing step, the reason and a screenshot path.
// Needs code-server (scripts/install-code-server.sh), /usr/bin/chromium (or
// COPYDESK_E2E_CHROMIUM) and the seed article at ../shared/corpus/seed (or COPYDESK_UI_SEED).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, runTour } from './workbench';

export async function main(argv: string[]): Promise<number> {
  const flag = (name: string) => argv.includes(name);
  const outAt = argv.indexOf('--out');
  const known = new Set(['--update-screenshots', '--out', '--keep', '--verbose', '--help']);
  for (const [i, a] of argv.entries()) {
    if (a.startsWith('--') && !known.has(a)) {
      console.error(`ui test: unknown option ${a}`);
      return 2;
    }
    if (!a.startsWith('--') && argv[i - 1] !== '--out') {
      console.error(`ui test: unexpected argument ${a}`);
      return 2;
    }
  }
  if (flag('--help')) {
    console.log('usage: node --import tsx test/ui/run.ts [--update-screenshots] [--out DIR] [--keep] [--verbose]');
    return 0;
  }
  const dir = flag('--update-screenshots')
    ? join(ROOT, 'docs/images')
    : outAt >= 0 && argv[outAt + 1]
      ? resolve(argv[outAt + 1])
      : mkdtempSync(join(tmpdir(), 'copydesk-ui-shots-'));
  console.log(`ui test: driving the workbench; screenshots go to ${dir}`);
  const result = await runTour({ screenshotsDir: dir, keepTmp: flag('--keep'), verbose: flag('--verbose') });
  for (const o of result.observations) console.log(`  seen: ${o}`);
  if (!result.ok) {
    console.error(`\nui test FAILED at step "${result.failedStep}":\n  ${result.message}`);
    if (result.failureScreenshot) console.error(`  screenshot of the workbench: ${result.failureScreenshot}`);
    if (result.serverLog) console.error(`  code-server log: ${result.serverLog}`);
    console.error(`  (${result.seconds.toFixed(1)} s)`);
    return 1;
  }
  console.log(`\nui test passed in ${result.seconds.toFixed(1)} s; ${result.screenshots.length} screenshots in ${dir}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
