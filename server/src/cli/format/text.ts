import type { Severity } from '../../core';
import type { FileReport } from '../report';

/** Counts of diagnostics per severity. */
export interface SeverityCounts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

/** Counts every diagnostic of every report by severity. */
export function countSeverities(reports: readonly FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of reports) for (const d of r.diagnostics) counts[d.severity]++;
  return counts;
}

/** True when colour may be used on a stream: a TTY and `NO_COLOR` unset or empty. */
export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

const ANSI = {
  bold: (s: string) => `\x1b[1m${s}\x1b[22m`,
  underline: (s: string) => `\x1b[4m${s}\x1b[24m`,
  dim: (s: string) => `\x1b[2m${s}\x1b[22m`,
  red: (s: string) => `\x1b[31m${s}\x1b[39m`,
  yellow: (s: string) => `\x1b[33m${s}\x1b[39m`,
  blue: (s: string) => `\x1b[34m${s}\x1b[39m`,
  gray: (s: string) => `\x1b[90m${s}\x1b[39m`,
};

const SEVERITY_COLOR: Record<Severity, (s: string) => string> = {
  error: ANSI.red,
  warning: ANSI.yellow,
  information: ANSI.blue,
  hint: ANSI.gray,
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The terminal report: for each file with findings (or skipped), a header line with its path, then one
 * `path:line:col severity code message` line per finding (1-based line and UTF-16 column); then a summary line.
 */
export function formatText(reports: readonly FileReport[], color: boolean): string {
  const paint = (fn: (s: string) => string, s: string) => (color ? fn(s) : s);
  const out: string[] = [];
  for (const r of reports) {
    if (r.status !== 'checked') {
      out.push(paint(ANSI.underline, r.path));
      out.push(`${r.path}: ${paint(r.status === 'skipped' ? ANSI.yellow : ANSI.red, r.status === 'skipped' ? 'skipped' : 'error')}: ${r.reason ?? ''}`);
      out.push('');
      continue;
    }
    if (r.diagnostics.length === 0) continue;
    out.push(paint(ANSI.underline, r.path));
    for (const d of r.diagnostics) {
      const where = `${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out.push(`${paint(ANSI.dim, where)} ${paint(SEVERITY_COLOR[d.severity], d.severity)} ${paint(ANSI.gray, d.code)} ${d.message}`);
    }
    out.push('');
  }
  const c = countSeverities(reports);
  const total = c.error + c.warning + c.information + c.hint;
  const checked = reports.filter((r) => r.status === 'checked').length;
  const notChecked = reports.length - checked;
  let summary =
    `${plural(total, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ` +
    `${c.information} information, ${plural(c.hint, 'hint')}) in ${plural(checked, 'file')}`;
  if (notChecked) summary += `, ${notChecked} not checked`;
  const summaryColor = c.error ? ANSI.red : c.warning ? ANSI.yellow : (s: string) => s;
  out.push(paint((s) => ANSI.bold(summaryColor(s)), summary));
  return out.join('\n') + '\n';
}
