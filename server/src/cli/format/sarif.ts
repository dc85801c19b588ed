import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import type { Artifact, Notification, Result } from 'sarif';
import { formatForPath as formatOf } from '../files';
import { DEFAULT_SEVERITIES, RULES, type RuleCode, type Severity } from '../../core';
import type { FileReport } from '../report';

/** The uriBaseId that result locations are relative to: the working folder of the run. */
export const SOURCE_ROOT_ID = '%SRCROOT%';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** Information about the tool, for the SARIF `tool.driver`. */
export interface SarifToolInfo {
  name: string;
  version: string;
  informationUri?: string;
}

/** A file path as a SARIF artifact location: relative to {@link SOURCE_ROOT_ID} when inside `cwd`, else a file URI. */
export function artifactLocationFor(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT_ID };
  }
  return { uri: pathToFileURL(abs).href };
}

/**
 * The `--format sarif` document: SARIF 2.1.0 with one run, the rules with their descriptions, one result per
 * diagnostic (1-based lines, columns in UTF-16 code units) and a notification per file that was not checked.
 */
export function formatSarif(reports: readonly FileReport[], tool: SarifToolInfo, cwd = process.cwd()): string {
  const builder = new SarifBuilder();
  const run = new SarifRunBuilder().initSimple({ toolDriverName: tool.name, toolDriverVersion: tool.version, url: tool.informationUri });
  // the builder's constructor only copies options it has defaults for: set these on the run itself
  run.run.columnKind = 'utf16CodeUnits';
  run.run.originalUriBaseIds = { [SOURCE_ROOT_ID]: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } };

  const ruleIds = new Set<string>();
  const addRule = (id: string, description: string) => {
    if (ruleIds.has(id)) return;
    ruleIds.add(id);
    const rule = new SarifRuleBuilder().initSimple({ ruleId: id, shortDescriptionText: description, fullDescriptionText: description });
    const level = DEFAULT_SEVERITIES[id as RuleCode];
    if (level) rule.rule.defaultConfiguration = { level: LEVEL[level] };
    run.addRule(rule);
  };
  for (const rule of RULES) addRule(rule.code, rule.description);

  const notifications: Notification[] = [];
  const artifacts = new Map<string, Artifact>();
  for (const r of reports) {
    const location = artifactLocationFor(r.path, cwd);
    if ((r.status !== 'checked' || r.diagnostics.length) && !artifacts.has(location.uri)) {
      artifacts.set(location.uri, { location, sourceLanguage: 'markdown' === formatOf(r.path) ? 'markdown' : 'plaintext' });
    }
    if (r.status !== 'checked') {
      notifications.push({
        level: r.status === 'skipped' ? 'warning' : 'error',
        message: { text: `${r.path}: ${r.status === 'skipped' ? 'skipped' : 'not checked'}: ${r.reason ?? ''}` },
        locations: [{ physicalLocation: { artifactLocation: location } }],
      });
      continue;
    }
    for (const d of r.diagnostics) {
      addRule(d.code, d.code);
      const result = new SarifResultBuilder().initSimple({
        ruleId: d.code,
        level: LEVEL[d.severity],
        messageText: d.message,
        fileUri: location.uri,
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      });
      if (location.uriBaseId) result.result.locations![0].physicalLocation!.artifactLocation!.uriBaseId = location.uriBaseId;
      run.addResult(result);
    }
  }
  run.run.artifacts = [...artifacts.values()];
  run.run.invocations = [
    {
      executionSuccessful: !reports.some((r) => r.status === 'unreadable'),
      ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
    },
  ];
  builder.addRun(run);
  return builder.buildSarifJsonString({ indent: true }) + '\n';
}
