import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DidChangeWatchedFilesNotification, FileChangeType, DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { TestClient } from './client';

describe('.copydesk.yaml through the server', () => {
  let client: TestClient;
  let dir: string;
  let configUri: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-config-'));
    configUri = pathToFileURL(path.join(dir, '.copydesk.yaml')).toString();
    client = new TestClient();
    await client.initialize(pathToFileURL(dir).toString());
  });
  after(async () => {
    await client.stop();
  });

  it('applies rule settings and shows a bad key as a diagnostic in the config file, at the key', async () => {
    const yaml = 'rules:\n  tk-marker: off\n  no-such-rule: warning\ncolour: blue\n';
    writeFileSync(path.join(dir, '.copydesk.yaml'), yaml);
    const configDiagnostics = client.nextDiagnostics(configUri);
    const uri = pathToFileURL(path.join(dir, 'story.article')).toString();
    const article = await client.open(uri, 'Head\n\nThe budget is TK million, the mayor said.\n');
    assert.deepEqual(article.diagnostics.filter((d) => d.code === 'tk-marker'), [], 'tk-marker is off');
    const problems = (await configDiagnostics).diagnostics;
    const unknownRule = problems.find((d) => /no-such-rule/.test(String(d.message)));
    assert.ok(unknownRule, JSON.stringify(problems));
    assert.deepEqual(unknownRule.range.start, { line: 2, character: 2 });
    const unknownKey = problems.find((d) => /colour/.test(String(d.message)));
    assert.deepEqual(unknownKey?.range.start, { line: 3, character: 0 });
  });

  it('applies a changed file without restart', async () => {
    writeFileSync(path.join(dir, '.copydesk.yaml'), 'rules:\n  tk-marker: error\n');
    const uri = pathToFileURL(path.join(dir, 'story.article')).toString();
    const next = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'tk-marker'));
    const cleared = client.nextDiagnostics(configUri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    const tk = (await next).diagnostics.find((d) => d.code === 'tk-marker');
    assert.equal(tk?.severity, DiagnosticSeverity.Error);
    assert.deepEqual((await cleared).diagnostics, [], 'the fixed config file has no problems left');
  });

  it('a broken YAML file is reported and analysis goes on with defaults', async () => {
    writeFileSync(path.join(dir, '.copydesk.yaml'), 'rules: [unclosed\n');
    const uri = pathToFileURL(path.join(dir, 'story.article')).toString();
    const configProblems = client.nextDiagnostics(configUri, (p) => p.diagnostics.length > 0);
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    assert.ok((await next).diagnostics.some((d) => d.code === 'tk-marker' && d.severity === DiagnosticSeverity.Warning));
    assert.equal((await configProblems).diagnostics[0].severity, DiagnosticSeverity.Error);
  });
});
