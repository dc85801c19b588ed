#!/usr/bin/env node
// The "VS Code executable" that test/e2e/runTest.ts gives @vscode/test-electron's runTests():
// it runs launcher.ts (code-server + headless Chromium, sharing test/ui/codeServer.ts with the
// UI tests) with the arguments runTests passes. runTests starts this file directly, so it
// loads tsx itself (as `node --import tsx` would) before importing the TypeScript.
await import('tsx');
await import('./launcher.ts');
