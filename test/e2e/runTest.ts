// Runs the extension-host tests (test/e2e/suite) in a real VS Code.
//
//   node --import tsx test/e2e/runTest.ts
//
// By default VS Code is code-server (installed by scripts/install-code-server.sh)
// driven by headless Chromium: test/e2e/code-server-launcher.mjs stands in for
// the VS Code executable. With COPYDESK_E2E_DESKTOP=1, @vscode/test-electron
// downloads desktop VS Code as usual (needs network access; on Linux without a
// display, run under xvfb-run).
//
// The suite must be built first (`npm run build` writes dist/client.js,
// dist/server.js and dist/test/e2e/suite/index.js).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const extensionTestsPath = join(root, 'dist/test/e2e/suite/index.js');
const workspace = join(root, 'test/fixtures/workspace');
const launcher = join(root, 'test/e2e/code-server-launcher.mjs');
const desktop = process.env.COPYDESK_E2E_DESKTOP === '1';

async function main(): Promise<number> {
  for (const built of [join(root, 'dist/client.js'), extensionTestsPath]) {
    if (!existsSync(built)) {
      console.error(`runTest: ${built} is missing; run \`npm run build\` first.`);
      return 1;
    }
  }
  try {
    await runTests({
      ...(desktop ? {} : { vscodeExecutablePath: launcher }),
      extensionDevelopmentPath: root,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { COPYDESK_E2E: '1' },
    });
    return 0;
  } catch (err) {
    console.error(`runTest: the extension tests failed (${err instanceof Error ? err.message : String(err)})`);
    return 1;
  }
}

void main().then((code) => {
  process.exitCode = code;
});
