import { Document, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { AnalyzeOptions, RuleSetting, StyleSheetEntry } from '../options';
import { DEFAULT_SEVERITIES, type RuleCode, type Span } from '../types';
import { wordTable } from '../wordTable';

/** How serious a configuration problem is: errors make the CLI stop (exit 2), warnings are reported. */
export type ConfigProblemSeverity = 'error' | 'warning';

/** One problem in a configuration text, located by a UTF-16 span into that text. */
export interface ConfigProblem {
  span: Span;
  severity: ConfigProblemSeverity;
  message: string;
}

/** The outcome of reading a configuration text: the valid options and every problem found. */
export interface ParsedConfig {
  /** Options from the valid parts of the configuration (invalid parts are left out). */
  options: Partial<AnalyzeOptions>;
  /** `maxFileSize` in bytes, when the configuration sets it. */
  maxFileSize?: number;
  problems: ConfigProblem[];
}

/** Configuration texts longer than this (in UTF-16 code units, about bytes) are not parsed. */
export const MAX_CONFIG_TEXT_LENGTH = 1024 * 1024;

/** At most this many alias resolutions per configuration (guards against "billion laughs"). */
const MAX_ALIAS_RESOLUTIONS = 50;

/** The top-level keys of `.copydesk.yaml`. */
export const CONFIG_KEYS = ['rules', 'cues', 'anonymousSources', 'entities', 'keepApart', 'maxFileSize'] as const;

const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];
/** Friendly spellings accepted for rule settings (eslint habits). */
const RULE_SETTING_ALIASES: Readonly<Record<string, RuleSetting>> = wordTable({ warn: 'warning', info: 'information' });
const ENTITY_TYPES: readonly NonNullable<StyleSheetEntry['type']>[] = ['person', 'organization', 'place', 'other'];
const ENTITY_KEYS = ['name', 'aliases', 'type', 'roles', 'description'];

/** True when `code` names a rule known to the core. */
export function isRuleCode(code: string): code is RuleCode {
  return Object.prototype.hasOwnProperty.call(DEFAULT_SEVERITIES, code);
}

/** Reads a rule setting (`error`, `warning`, `information`, `hint`, `off`, or `warn`/`info`); undefined if invalid. */
export function parseRuleSetting(value: string): RuleSetting | undefined {
  const v = value.trim().toLowerCase();
  if ((RULE_SETTINGS as readonly string[]).includes(v)) return v as RuleSetting;
  return RULE_SETTING_ALIASES[v];
}

/**
 * Reads a size such as `2MB`, `500 KB`, `1.5 MiB` or `100000` (bytes). K, M and G are powers of 1024.
 * Returns undefined for anything else.
 */
export function parseByteSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(parseFloat(m[1]) * factor);
  return bytes > 0 ? bytes : undefined;
}

/**
 * Parses the text of a `.copydesk.yaml` file. Never throws: bad YAML, wrong types and unknown keys
 * become problems with spans into `text`, and the valid rest is applied.
 */
export function parseConfig(text: string): ParsedConfig {
  if (text.length > MAX_CONFIG_TEXT_LENGTH) {
    return {
      options: {},
      problems: [{ span: { start: 0, end: 0 }, severity: 'error', message: `Configuration file is too large (over ${MAX_CONFIG_TEXT_LENGTH} characters); it is ignored.` }],
    };
  }
  const doc = parseDocument(text, { schema: 'core', prettyErrors: true, uniqueKeys: true, strict: true, customTags: [] });
  const reader = new ConfigReader(doc);
  for (const e of doc.errors) reader.problem(spanOfPos(e.pos, text.length), 'error', firstLine(e.message));
  for (const w of doc.warnings) reader.problem(spanOfPos(w.pos, text.length), 'warning', firstLine(w.message));
  const result: ParsedConfig = { options: {}, problems: reader.problems };
  const root = doc.contents;
  if (root == null || (isScalar(root) && root.value == null)) return result;
  if (!isMap(root)) {
    reader.problem(reader.spanOf(root), 'error', 'The configuration must be a mapping of keys (rules, cues, anonymousSources, entities, keepApart, maxFileSize).');
    return result;
  }
  for (const pair of root.items) {
    const key = reader.keyName(pair.key);
    if (key === undefined) continue;
    const value = reader.deref(pair.value as YamlNode | null);
    const keySpan = reader.spanOf(pair.key as YamlNode);
    switch (key) {
      case 'rules':
        result.options.rules = reader.readRules(value, keySpan);
        break;
      case 'cues':
        result.options.extraCues = reader.readStringList(value, keySpan, 'cues');
        break;
      case 'anonymousSources':
        result.options.anonymousWords = reader.readStringList(value, keySpan, 'anonymousSources');
        break;
      case 'entities':
        result.options.styleSheet = reader.readStyleSheet(value, keySpan);
        break;
      case 'keepApart':
        result.options.keepApart = reader.readPairs(value, keySpan, 'keepApart');
        break;
      case 'maxFileSize': {
        const size = isScalar(value) && (typeof value.value === 'number' || typeof value.value === 'string') ? parseByteSize(value.value) : undefined;
        if (size === undefined) reader.problem(reader.spanOf(value, keySpan), 'error', 'maxFileSize must be a positive number of bytes or a size like "2MB".');
        else result.maxFileSize = size;
        break;
      }
      default:
        reader.problem(keySpan, 'warning', `Unknown key "${key}" (known keys: ${CONFIG_KEYS.join(', ')}).`);
    }
  }
  result.problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return result;
}

/**
 * Reads the `entities:` (and `keepApart:`/`separate:`) of an article's front matter, already parsed to plain data.
 * `entities` may be a map (`Russia: [the Kremlin, Moscow]`, `Name: {aliases, roles, type, description}`)
 * or a list of `{name, aliases, …}`; pairs never to merge come from `keepApart`/`separate`, at the top level
 * or inside the `entities` map. Invalid parts are ignored.
 */
export function parseFrontMatterEntities(data: Record<string, unknown> | null | undefined): Partial<AnalyzeOptions> {
  if (!data || typeof data !== 'object') return {};
  const reader = new ConfigReader(new Document(null));
  const out: Partial<AnalyzeOptions> = {};
  const pairs: [string, string][] = [];
  const entities = data.entities;
  if (entities && typeof entities === 'object') {
    let styleSource: unknown = entities;
    if (!Array.isArray(entities)) {
      const rest: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(entities as Record<string, unknown>)) {
        if (k === 'keepApart' || k === 'separate') pairs.push(...reader.readPairs(toNode(v), undefined, k));
        else rest[k] = v;
      }
      styleSource = rest;
    }
    const styleSheet = reader.readStyleSheet(toNode(styleSource), undefined);
    if (styleSheet.length) out.styleSheet = styleSheet;
  }
  for (const k of ['keepApart', 'separate']) if (data[k] != null) pairs.push(...reader.readPairs(toNode(data[k]), undefined, k));
  if (pairs.length) out.keepApart = pairs;
  return out;
}

/**
 * Merges option sets; later parts win. Rule settings are merged per rule, word lists and pairs are
 * concatenated without duplicates, and style sheet entries with the same name (ignoring case) are combined.
 */
export function mergeOptions(...parts: (Partial<AnalyzeOptions> | null | undefined)[]): Partial<AnalyzeOptions> {
  const out: Partial<AnalyzeOptions> = {};
  for (const part of parts) {
    if (!part) continue;
    if (part.format !== undefined) out.format = part.format;
    if (part.rules) out.rules = { ...out.rules, ...part.rules };
    if (part.extraCues) out.extraCues = unique([...(out.extraCues ?? []), ...part.extraCues]);
    if (part.anonymousWords) out.anonymousWords = unique([...(out.anonymousWords ?? []), ...part.anonymousWords]);
    if (part.keepApart) {
      const seen = new Set((out.keepApart ?? []).map(pairKey));
      const merged = [...(out.keepApart ?? [])];
      for (const p of part.keepApart) {
        if (seen.has(pairKey(p))) continue;
        seen.add(pairKey(p));
        merged.push(p);
      }
      out.keepApart = merged;
    }
    if (part.styleSheet) {
      const merged = (out.styleSheet ?? []).map((e) => ({ ...e, aliases: [...e.aliases], roles: [...e.roles] }));
      for (const entry of part.styleSheet) {
        const same = merged.find((e) => e.name.toLowerCase() === entry.name.toLowerCase());
        if (!same) merged.push({ ...entry, aliases: [...entry.aliases], roles: [...entry.roles] });
        else {
          same.aliases = unique([...same.aliases, ...entry.aliases]);
          same.roles = unique([...same.roles, ...entry.roles]);
          if (entry.type) same.type = entry.type;
          if (entry.description) same.description = entry.description;
        }
      }
      out.styleSheet = merged;
    }
  }
  return out;
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}

function pairKey(p: [string, string]): string {
  return [p[0].toLowerCase(), p[1].toLowerCase()].sort().join('\u0000');
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

function spanOfPos(pos: [number, number] | undefined, length: number): Span {
  if (!pos) return { start: 0, end: 0 };
  const start = Math.min(Math.max(0, pos[0]), length);
  return { start, end: Math.min(Math.max(start, pos[1]), length) };
}

function toNode(value: unknown): YamlNode | null {
  return value == null ? null : (new Document(value).contents as YamlNode | null);
}

function describe(node: YamlNode | null): string {
  if (node == null) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return node.value == null ? 'null' : typeof node.value === 'string' ? `"${node.value}"` : String(node.value);
  return 'an unexpected value';
}

/** Walks YAML nodes of the configuration schema, collecting problems with spans. */
class ConfigReader {
  readonly problems: ConfigProblem[] = [];
  private aliasResolutions = 0;

  constructor(private readonly doc: Document) {}

  problem(span: Span, severity: ConfigProblemSeverity, message: string): void {
    this.problems.push({ span, severity, message });
  }

  /** The span of a node (from its source range); `fallback` (or an empty span) for nodes without one. */
  spanOf(node: YamlNode | null | undefined, fallback?: Span): Span {
    const range = node?.range;
    if (range) return { start: range[0], end: range[1] };
    return fallback ?? { start: 0, end: 0 };
  }

  /** Follows aliases (`*name`), a limited number of times per configuration. */
  deref(node: YamlNode | null): YamlNode | null {
    if (node && isAlias(node)) {
      if (++this.aliasResolutions > MAX_ALIAS_RESOLUTIONS) {
        this.problem(this.spanOf(node), 'error', `Too many aliases (more than ${MAX_ALIAS_RESOLUTIONS}).`);
        return null;
      }
      return (node.resolve(this.doc) as YamlNode | undefined) ?? null;
    }
    return node;
  }

  keyName(key: unknown): string | undefined {
    const node = this.deref(key as YamlNode | null);
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
    this.problem(this.spanOf(node), 'error', 'Keys must be plain words.');
    return undefined;
  }

  readString(node: YamlNode | null, what: string, fallback?: Span): string | undefined {
    const n = this.deref(node);
    if (isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number') && String(n.value).trim()) return String(n.value).trim();
    this.problem(this.spanOf(n, fallback), 'error', `${what} must be a non-empty string, not ${describe(n)}.`);
    return undefined;
  }

  /** A list of strings; a single string is accepted as a one-item list. */
  readStringList(node: YamlNode | null, keySpan: Span | undefined, what: string): string[] {
    const n = this.deref(node);
    if (isScalar(n) && typeof n.value === 'string') return n.value.trim() ? [n.value.trim()] : [];
    if (!isSeq(n)) {
      this.problem(this.spanOf(n, keySpan), 'error', `${what} must be a list of strings, not ${describe(n)}.`);
      return [];
    }
    const out: string[] = [];
    for (const item of n.items) {
      const s = this.readString(item as YamlNode | null, `Each item of ${what}`, this.spanOf(n));
      if (s !== undefined) out.push(s);
    }
    return out;
  }

  readRules(node: YamlNode | null, keySpan: Span): Partial<Record<RuleCode, RuleSetting>> {
    const n = this.deref(node);
    const rules: Partial<Record<RuleCode, RuleSetting>> = {};
    if (!isMap(n)) {
      this.problem(this.spanOf(n, keySpan), 'error', `rules must be a mapping of rule codes to error, warning, information, hint or off, not ${describe(n)}.`);
      return rules;
    }
    for (const pair of n.items) {
      const code = this.keyName(pair.key);
      if (code === undefined) continue;
      const value = this.deref(pair.value as YamlNode | null);
      const raw = isScalar(value) ? (value.value === false ? 'off' : typeof value.value === 'string' ? value.value : undefined) : undefined;
      const setting = raw === undefined ? undefined : parseRuleSetting(raw);
      if (setting === undefined) {
        this.problem(this.spanOf(value, this.spanOf(pair.key as YamlNode)), 'error', `Rule "${code}": expected error, warning, information, hint or off, not ${describe(value)}.`);
        continue;
      }
      if (!isRuleCode(code)) {
        this.problem(this.spanOf(pair.key as YamlNode), 'warning', `Unknown rule "${code}" (known rules: ${Object.keys(DEFAULT_SEVERITIES).join(', ')}).`);
        continue;
      }
      rules[code] = setting;
    }
    return rules;
  }

  /** The style sheet: a list of entries, or a map `Name: [aliases]` / `Name: {aliases, roles, type, description}`. */
  readStyleSheet(node: YamlNode | null, keySpan: Span | undefined): StyleSheetEntry[] {
    const n = this.deref(node);
    const out: StyleSheetEntry[] = [];
    if (isSeq(n)) {
      for (const item of n.items) {
        const it = this.deref(item as YamlNode | null);
        if (isScalar(it)) {
          const name = this.readString(it, 'An entity name');
          if (name) out.push({ name, aliases: [], roles: [] });
        } else if (isMap(it)) {
          const entry = this.readEntryFields(it, undefined);
          if (entry) out.push(entry);
        } else this.problem(this.spanOf(it, this.spanOf(n)), 'error', `Each entity must be a mapping with a name (and aliases, type, roles, description), not ${describe(it)}.`);
      }
    } else if (isMap(n)) {
      for (const pair of n.items) {
        const name = this.keyName(pair.key);
        if (name === undefined || !name.trim()) continue;
        const value = this.deref(pair.value as YamlNode | null);
        const keySpan2 = this.spanOf(pair.key as YamlNode);
        if (value == null || (isScalar(value) && value.value == null)) out.push({ name: name.trim(), aliases: [], roles: [] });
        else if (isSeq(value) || (isScalar(value) && typeof value.value === 'string')) {
          out.push({ name: name.trim(), aliases: this.readStringList(value, keySpan2, `The aliases of "${name}"`), roles: [] });
        } else if (isMap(value)) {
          const entry = this.readEntryFields(value, name.trim());
          if (entry) out.push(entry);
        } else this.problem(this.spanOf(value, keySpan2), 'error', `Entity "${name}": expected a list of aliases or a mapping (aliases, type, roles, description), not ${describe(value)}.`);
      }
    } else if (!(isScalar(n) && n.value == null)) {
      this.problem(this.spanOf(n, keySpan), 'error', `entities must be a list of entities or a mapping of names to aliases, not ${describe(n)}.`);
    }
    return out;
  }

  private readEntryFields(map: YamlNode, givenName: string | undefined): StyleSheetEntry | undefined {
    if (!isMap(map)) return undefined;
    const entry: StyleSheetEntry = { name: givenName ?? '', aliases: [], roles: [] };
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      const key = this.keyName(pair.key);
      if (key === undefined) continue;
      const keySpan = this.spanOf(pair.key as YamlNode);
      const value = pair.value as YamlNode | null;
      switch (key) {
        case 'name':
          if (givenName !== undefined) this.problem(keySpan, 'warning', 'The name is already given by the key; this name is ignored.');
          else entry.name = this.readString(value, 'name', keySpan) ?? '';
          break;
        case 'aliases':
          entry.aliases = this.readStringList(value, keySpan, 'aliases');
          break;
        case 'roles':
          entry.roles = this.readStringList(value, keySpan, 'roles');
          break;
        case 'description': {
          const d = this.readString(value, 'description', keySpan);
          if (d) entry.description = d;
          break;
        }
        case 'type': {
          const t = this.readString(value, 'type', keySpan);
          if (t === undefined) break;
          if ((ENTITY_TYPES as readonly string[]).includes(t)) entry.type = t as StyleSheetEntry['type'];
          else this.problem(this.spanOf(this.deref(value), keySpan), 'error', `type must be one of ${ENTITY_TYPES.join(', ')}, not "${t}".`);
          break;
        }
        default:
          this.problem(keySpan, 'warning', `Unknown entity key "${key}" (known keys: ${ENTITY_KEYS.join(', ')}).`);
      }
    }
    if (!entry.name) {
      this.problem(this.spanOf(map), 'error', 'An entity needs a name.');
      return undefined;
    }
    return entry;
  }

  /** A list of two-name lists: `[[Trump, Guaidó], …]`. */
  readPairs(node: YamlNode | null, keySpan: Span | undefined, what: string): [string, string][] {
    const n = this.deref(node);
    const out: [string, string][] = [];
    if (!isSeq(n)) {
      this.problem(this.spanOf(n, keySpan), 'error', `${what} must be a list of name pairs like [[Trump, Guaidó]], not ${describe(n)}.`);
      return out;
    }
    for (const item of n.items) {
      const it = this.deref(item as YamlNode | null);
      if (!isSeq(it) || it.items.length !== 2) {
        this.problem(this.spanOf(it, this.spanOf(n)), 'error', `Each item of ${what} must be a pair of two names, like [Trump, Guaidó].`);
        continue;
      }
      const a = this.readString(it.items[0] as YamlNode | null, 'A name', this.spanOf(it));
      const b = this.readString(it.items[1] as YamlNode | null, 'A name', this.spanOf(it));
      if (a !== undefined && b !== undefined) out.push([a, b]);
    }
    return out;
  }
}
