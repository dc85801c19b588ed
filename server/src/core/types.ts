/**
 * The article model: plain data that every feature queries.
 *
 * All offsets are UTF-16 code units into the document text, half-open `[start, end)`,
 * exactly as JavaScript strings index them and as LSP counts characters.
 */

/** A half-open range of UTF-16 code units `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Severity of a finding, in LSP order of importance. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Stable rule identifiers, shown to users as diagnostic codes. */
export type RuleCode =
  | 'unbalanced-quote'
  | 'unattributed-quote'
  | 'ambiguous-speaker'
  | 'anonymous-source'
  | 'quote-style-mix'
  | 'inconsistent-spelling'
  | 'first-reference'
  | 'tk-marker'
  | 'paste-residue';

/** Every rule code with its default severity. */
export const DEFAULT_SEVERITIES: Readonly<Record<RuleCode, Severity>> = {
  'unbalanced-quote': 'error',
  'unattributed-quote': 'warning',
  'ambiguous-speaker': 'information',
  'anonymous-source': 'hint',
  'quote-style-mix': 'hint',
  'inconsistent-spelling': 'warning',
  'first-reference': 'hint',
  'tk-marker': 'warning',
  'paste-residue': 'warning',
};

/** A text edit proposed by a finding's quick fix: replace `span` with `newText`. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A named quick fix attached to a finding. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix the editor should prefer (e.g. for "fix all"). */
  preferred?: boolean;
}

/** One problem found in the article. */
export interface Finding {
  code: RuleCode;
  severity: Severity;
  message: string;
  span: Span;
  fixes?: Fix[];
  /** Spans of other places the finding refers to (e.g. the opening mark of a run-over quote). */
  related?: { span: Span; message: string }[];
}

/** How a paragraph takes part in the article. */
export type ParagraphKind = 'headline' | 'body' | 'update-line';

/** A block of article text separated from the next by a blank line. */
export interface Paragraph {
  /** Index in `Article.paragraphs`. */
  index: number;
  kind: ParagraphKind;
  span: Span;
}

/** Why a region of the file is not article text. */
export type ExcludedKind =
  | 'front-matter'
  | 'code'
  | 'html-comment'
  | 'link-target'
  | 'editors-note'
  | 'hover-card'
  | 'debris';

/** A region of the file that is not article text: never a quotation, speaker or mention. */
export interface ExcludedRegion {
  kind: ExcludedKind;
  span: Span;
}

/** The quotation marks of a quotation. */
export type QuoteMarkStyle = 'straight' | 'curly' | 'single-straight' | 'single-curly' | 'guillemet' | 'german';

/** What a pair of quotation marks encloses. */
export type QuotationKind = 'direct' | 'partial' | 'scare';

/** How a speaker is referred to. */
export type SpeakerKind = 'named' | 'pronoun' | 'anonymous' | 'organization' | 'document';

/** The words that attribute a quotation ("said", "told", "according to"). */
export interface Cue {
  text: string;
  span: Span;
}

/** Who a quotation is attributed to. */
export interface Speaker {
  /** The speaker mention as written: "Trump", "he", "a department spokesperson". */
  text: string;
  span: Span;
  kind: SpeakerKind;
  /** The entity the speaker resolves to (pronouns resolved), or null (anonymous sources). */
  entityId: string | null;
  /** The attribution cue; null when the attribution is inherited from a preceding quotation. */
  cue: Cue | null;
  /** Other entities that fit a pronoun speaker equally well. */
  alternatives?: string[];
}

/** A quotation found in article text. */
export interface Quotation {
  /** Stable within one analysis: `q0`, `q1`, … in document order. */
  id: string;
  /** The quotation including its marks; a run-over quotation spans all its paragraphs. */
  span: Span;
  /** The quoted words without the outer marks (for run-over quotes: first to last word). */
  text: string;
  kind: QuotationKind;
  style: QuoteMarkStyle;
  /** False when the closing mark is missing (the `unbalanced-quote` case). */
  closed: boolean;
  /** Id of the enclosing quotation for a quote inside a quote. */
  parentId: string | null;
  /** Index of the paragraph the quotation opens in. */
  paragraph: number;
  speaker: Speaker | null;
}

/** Entity types, as in the JSON report. */
export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** One occurrence of a name in the text. */
export interface Mention {
  /** Stable within one analysis: `m0`, `m1`, … in document order. */
  id: string;
  /** The name as written, without title or possessive ending. */
  span: Span;
  text: string;
  type: EntityType;
  entityId: string;
  /** The title or role written before the name ("Secretary of State"), if any. */
  title?: Span;
  /** The possessive ending after the name ("’s"), if any: kept on rename. */
  possessive?: Span;
  /** The mention is a title alone ("the Secretary"), standing for the person last given it: rename leaves it. */
  titleOnly?: boolean;
  /**
   * The id of the mention this one is written inside ("Boston" in "Boston Red Sox"): a name within
   * a longer name. The cursor there belongs to the outer mention; rename leaves it as written.
   */
  within?: string;
}

/** A person, organization or place with all its mentions. */
export interface Entity {
  /** Stable within one analysis: `e0`, `e1`, … in order of first mention. */
  id: string;
  /** The fullest name known ("Donald John Trump"). */
  name: string;
  type: EntityType;
  /** Mention ids in document order. */
  mentionIds: string[];
  /** The mention that introduces the entity (its fullest written form). */
  introducedBy: string;
  /** Roles from titles and appositives ("opposition leader"). */
  roles: string[];
  /** One-line description from the desk's style sheet, if any. */
  description?: string;
  /** Gender evidence for people (first-name lists, titles, pronouns): used to resolve `he`/`she`. */
  gender?: 'male' | 'female' | 'unknown';
}

/** Facts read from YAML front matter. */
export interface FrontMatter {
  span: Span;
  headline?: string;
  byline?: string;
  dateline?: string;
  slug?: string;
}

/** The analysis of one document. */
export interface Article {
  /** The analysed text, as given (no newline normalisation). */
  text: string;
  frontMatter: FrontMatter | null;
  /** The headline paragraph's span, if the article has one. */
  headline: Span | null;
  paragraphs: Paragraph[];
  excluded: ExcludedRegion[];
  quotations: Quotation[];
  mentions: Mention[];
  entities: Entity[];
  findings: Finding[];
}
