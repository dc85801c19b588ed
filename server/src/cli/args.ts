import type { RuleCode, RuleSetting } from '../core';
import { isRuleCode, parseRuleSetting } from '../core/config';

/** Output formats of `copydesk check`. */
export type OutputFormat = 'text' | 'json' | 'sarif';

/** The parsed command line of `copydesk check`. */
export interface CheckArguments {
  paths: string[];
  format: OutputFormat;
  /** Exit 1 when there are more warnings than this; undefined: any warning fails, -1: never for warnings. */
  maxWarnings?: number;
  /** `--rule CODE=SETTING` overrides, later ones win. */
  rules: Partial<Record<RuleCode, RuleSetting>>;
  stdinFilename?: string;
  configFile?: string;
  noConfig: boolean;
  quiet: boolean;
  /** Number of worker threads; undefined: decided by the number of files. */
  jobs?: number;
}

/** What the command line asks for. */
export type ParsedCommandLine =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; args: CheckArguments };

/** A command line that cannot be run (exit code 2). */
export class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--format', '-f', '--max-warnings', '--rule', '--stdin-filename', '--config', '-c', '--jobs', '-j']);

/** Parses `copydesk …` arguments (without `node` and the script). Throws {@link UsageError}. */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('missing command (try "copydesk check --help")');
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (the command is "check")`);
  const args: CheckArguments = { paths: [], format: 'text', rules: {}, noConfig: false, quiet: false };
  for (let i = 0; i < rest.length; i++) {
    let arg = rest[i];
    if (arg === '--') {
      args.paths.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      args.paths.push(arg);
      continue;
    }
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    } else if (/^-j\d+$/.test(arg)) {
      value = arg.slice(2);
      arg = '-j';
    }
    if (VALUE_OPTIONS.has(arg) && value === undefined) {
      value = rest[++i];
      if (value === undefined) throw new UsageError(`option ${arg} needs a value`);
    } else if (!VALUE_OPTIONS.has(arg) && value !== undefined) {
      throw new UsageError(`option ${arg} takes no value`);
    }
    switch (arg) {
      case '--format':
      case '-f':
        if (value !== 'text' && value !== 'json' && value !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${value}"`);
        args.format = value;
        break;
      case '--max-warnings': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings must be a whole number (or -1), not "${value}"`);
        args.maxWarnings = n;
        break;
      }
      case '--rule': {
        const m = /^([^=:]+)[=:](.*)$/.exec(value ?? '');
        if (!m) throw new UsageError(`--rule must look like CODE=off|hint|information|warning|error, not "${value}"`);
        const code = m[1].trim();
        const setting = parseRuleSetting(m[2]);
        if (!isRuleCode(code)) throw new UsageError(`--rule: unknown rule "${code}"`);
        if (!setting) throw new UsageError(`--rule ${code}: expected off, hint, information, warning or error, not "${m[2]}"`);
        args.rules[code] = setting;
        break;
      }
      case '--stdin-filename':
        if (!value) throw new UsageError('--stdin-filename needs a file name');
        args.stdinFilename = value;
        break;
      case '--config':
      case '-c':
        args.configFile = value;
        break;
      case '--no-config':
        args.noConfig = true;
        break;
      case '--quiet':
      case '-q':
        args.quiet = true;
        break;
      case '--jobs':
      case '-j': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs must be a whole number of at least 1, not "${value}"`);
        args.jobs = n;
        break;
      }
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (args.configFile !== undefined && args.noConfig) throw new UsageError('--config and --no-config cannot be used together');
  if (args.stdinFilename !== undefined && args.paths.length > 0) throw new UsageError('--stdin-filename reads one document from standard input: give no paths with it');
  if (args.stdinFilename === undefined && args.paths.length === 0) throw new UsageError('no paths given (try "copydesk check --help")');
  return { kind: 'check', args };
}

/** The `--help` text. */
export const HELP_TEXT = `Usage: copydesk check [options] PATH...

Checks news article drafts: quotations and their speakers, entities, and style findings.

PATH is a file, a folder (searched recursively for .article, .story, .md, .markdown and
.txt files, honouring .gitignore files and skipping .git and node_modules) or a glob
pattern such as "drafts/**/*.md" (quote it so the shell does not expand it).

Options:
  -f, --format text|json|sarif  Output format (default: text)
      --max-warnings N          Exit 1 only when there are more than N warnings
                                (default: any warning exits 1; -1: warnings never do)
      --rule CODE=SETTING       Set a rule to off, hint, information, warning or error;
                                repeatable, overrides configuration files
      --stdin-filename NAME     Read one document from standard input and report it as
                                NAME (its configuration is found from NAME's folder)
  -c, --config FILE             Use this configuration file for every document
      --no-config               Use no configuration file (front matter still applies)
  -q, --quiet                   Report errors only (warnings then never fail the run)
  -j, --jobs N                  Analyse with N worker threads (default: one per core
                                when there are more than 200 files)
  -h, --help                    Show this help
  -v, --version                 Show the version

Configuration: the nearest .copydesk.yaml (or .copydesk.yml) in the file's folder or a
parent folder. Keys: rules, cues, anonymousSources, entities, keepApart, maxFileSize.
An article's front matter may add entities: and keepApart:/separate: pairs.

Files that are binary (contain NUL bytes) or larger than maxFileSize (default 2MB) are
skipped with a notice and do not change the exit code.

Exit codes:
  0  no problem of warning or error severity
  1  at least one error, or warnings (more than --max-warnings when given)
  2  usage error, bad configuration (stops before checking anything), a PATH that
     matches no file (like eslint: stops before checking anything), or a file that
     could not be read (the other files are still checked and reported)
`;
