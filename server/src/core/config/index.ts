/** Pure configuration parsing: `.copydesk.yaml` text and front matter data to analysis options. */
export {
  parseConfig,
  parseFrontMatterEntities,
  mergeOptions,
  parseRuleSetting,
  parseByteSize,
  isRuleCode,
  CONFIG_KEYS,
  MAX_CONFIG_TEXT_LENGTH,
  type ConfigProblem,
  type ConfigProblemSeverity,
  type ParsedConfig,
} from './parseConfig';
