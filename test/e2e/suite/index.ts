// Entry point of the extension-host test suite (`extensionTestsPath`): VS Code
// loads the bundled dist/test/e2e/suite/index.js in the extension host and
// calls run(); a rejected promise makes the run fail.
//
// The suite is bundled into one file, so the test files are not found on disk
// by a glob: they are imported below, after mocha has defined its `suite` and
// `test` globals (a static import would run them before that). esbuild bundles
// these dynamic imports and runs each module when it is imported.
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'index', mocha);
  // Each test file, in order.
  await import('./extension.test');

  await new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
        console.log(`e2e: ${passes} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
        else if (passes === 0) reject(new Error('no extension test ran'));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
