import { dirname, relative, resolve } from 'node:path';
import { findConfigFile, loadConfigFile, type LoadedConfig } from '../config/loadConfig';
import { mergeOptions } from '../core/config';
import { HELP_TEXT, parseCommandLine, UsageError, type CheckArguments } from './args';
import { expandPaths, NoMatchError } from './files';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { countSeverities, formatText, shouldUseColor } from './format/text';
import { checkAll, chooseJobCount } from './pool';
import { checkBuffer, DEFAULT_MAX_FILE_SIZE, type AnalysisTask, type FileReport } from './report';
import { name as packageName, version as packageVersion } from '../../../package.json';

/** Exit codes of `copydesk`. */
export const ExitCode = {
  /** Nothing of warning or error severity. */
  clean: 0,
  /** Errors, or warnings (more than `--max-warnings` when given). */
  findings: 1,
  /** Usage, configuration or input errors. */
  trouble: 2,
} as const;

/** Where the CLI reads and writes: the process by default, replaceable in tests. */
export interface CliEnvironment {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The script to start worker threads from (the bundled CLI); undefined: no worker threads. */
  workerScript?: string;
}

/** A failure that stops the run with exit code 2 and a one-line cause. */
class RunError extends Error {}

/** Runs `copydesk` with `argv` (arguments after the script name) and returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliEnvironment): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`copydesk: ${message.split('\n')[0]}\n`);
    return ExitCode.trouble;
  };
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.kind === 'help') {
      io.stdout.write(HELP_TEXT);
      return ExitCode.clean;
    }
    if (parsed.kind === 'version') {
      io.stdout.write(`${packageVersion}\n`);
      return ExitCode.clean;
    }
    return await check(parsed.args, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof NoMatchError || e instanceof RunError) return fail(e.message);
    return fail(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(parts);
}

/** Finds, loads and validates the configuration of each file; stops the run on configuration errors. */
function configurationsFor(files: readonly string[], args: CheckArguments, io: CliEnvironment): (LoadedConfig | null)[] {
  const shown = (file: string) => relative(io.cwd, file) || file;
  const loaded = new Map<string, LoadedConfig>();
  const load = (file: string) => {
    let config = loaded.get(file);
    if (!config) {
      config = loadConfigFile(file);
      loaded.set(file, config);
      const errors = config.problems.filter((p) => p.severity === 'error');
      for (const p of config.problems.filter((q) => q.severity === 'warning')) {
        io.stderr.write(`copydesk: warning: ${shown(file)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}\n`);
      }
      if (errors.length) {
        const p = errors[0];
        const more = errors.length > 1 ? ` (and ${errors.length - 1} more configuration errors)` : '';
        throw new RunError(`invalid configuration ${shown(file)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}${more}`);
      }
    }
    return config;
  };
  if (args.noConfig) return files.map(() => null);
  if (args.configFile !== undefined) {
    const config = load(resolve(io.cwd, args.configFile));
    return files.map(() => config);
  }
  const byFolder = new Map<string, string | null>();
  return files.map((file) => {
    const folder = dirname(resolve(io.cwd, file));
    let configFile = byFolder.get(folder);
    if (configFile === undefined) {
      configFile = findConfigFile(resolve(io.cwd, file));
      byFolder.set(folder, configFile);
    }
    return configFile ? load(configFile) : null;
  });
}

function taskOptions(config: LoadedConfig | null, args: CheckArguments) {
  return {
    options: mergeOptions(config?.options, { rules: args.rules }),
    maxFileSize: config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  };
}

/** A progress line on stderr, redrawn at most every 100 ms; `clear` erases it. */
function progressLine(io: CliEnvironment, total: number) {
  let last = 0;
  let drawn = false;
  return {
    update(done: number) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      drawn = true;
      io.stderr.write(`\rcopydesk: checked ${done}/${total} files\x1b[K`);
    },
    clear() {
      if (drawn) io.stderr.write('\r\x1b[K');
    },
  };
}

async function check(args: CheckArguments, io: CliEnvironment): Promise<number> {
  let reports: FileReport[];
  if (args.stdinFilename !== undefined) {
    const [config] = configurationsFor([args.stdinFilename], args, io);
    const { options, maxFileSize } = taskOptions(config, args);
    const text = await readAll(io.stdin);
    reports = [checkBuffer(args.stdinFilename, text, options, maxFileSize)];
  } else {
    const files = await expandPaths(args.paths, io.cwd);
    const configs = configurationsFor(files.map((f) => f.absolutePath), args, io);
    const optionCache = new Map<LoadedConfig | null, ReturnType<typeof taskOptions>>();
    const tasks: AnalysisTask[] = files.map((f, i) => {
      let o = optionCache.get(configs[i]);
      if (!o) optionCache.set(configs[i], (o = taskOptions(configs[i], args)));
      return { displayPath: f.displayPath, absolutePath: f.absolutePath, ...o };
    });
    const jobs = chooseJobCount(tasks.length, args.jobs);
    const progress = io.stderr.isTTY && tasks.length > 50 ? progressLine(io, tasks.length) : undefined;
    reports = await checkAll(tasks, jobs, io.workerScript, progress?.update);
    progress?.clear();
  }

  if (args.quiet) {
    for (const r of reports) r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
  }
  for (const r of reports) {
    if (r.status === 'skipped') io.stderr.write(`copydesk: skipped ${r.path}: ${r.reason}\n`);
    else if (r.status === 'unreadable') io.stderr.write(`copydesk: cannot check ${r.path}: ${r.reason}\n`);
  }

  const output =
    args.format === 'json'
      ? formatJson(reports)
      : args.format === 'sarif'
        ? formatSarif(reports, { name: packageName, version: packageVersion }, io.cwd)
        : formatText(reports, shouldUseColor(io.stdout, io.env));
  io.stdout.write(output);

  const counts = countSeverities(reports);
  if (reports.some((r) => r.status === 'unreadable')) return ExitCode.trouble;
  if (counts.error > 0) return ExitCode.findings;
  if (args.maxWarnings === undefined) return counts.warning > 0 ? ExitCode.findings : ExitCode.clean;
  if (args.maxWarnings >= 0 && counts.warning > args.maxWarnings) {
    io.stderr.write(`copydesk: too many warnings (${counts.warning}, maximum ${args.maxWarnings})\n`);
    return ExitCode.findings;
  }
  return ExitCode.clean;
}
