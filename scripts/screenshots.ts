// Regenerates the screenshots in docs/images/ by running the UI test (test/ui/run.ts)
// against the real workbench: `node esbuild.mjs && npx tsx scripts/screenshots.ts`.
import { main } from '../test/ui/run';

void main(['--update-screenshots', ...process.argv.slice(2)]).then((code) => process.exit(code));
