/**
 * `ParagraphNames`, in a module of its own so that `findMentions.ts`, which keeps it with each
 * cached candidate list, need not import `index.ts`, which fills it.
 */
import type { NameInfo } from './clusterMentions';
import type { PartNames } from './headShortForms';

/** What the document-wide passes read off one paragraph's candidates, worked out once per cached candidate list. */
export interface ParagraphNames {
  /** The distinct word keys of its names of several words typed person, organization or place. */
  longNameKeys: readonly string[];
  /** The words of its `common` candidates (few: most paragraphs have none). */
  commonKeys: string[];
  /** `nameInfo` of each candidate. */
  infos: NameInfo[];
  /** The head word of each candidate's words (`headWordOfWords`: its type is asked on use), or undefined. */
  heads: (string | undefined)[];
  /**
   * Three bytes per candidate (k of n), in one array (small typed arrays cost more than their bytes):
   * at k, which document-wide passes may read or change it (bits of `PASS` in `index.ts`, by its words and the text
   * around it: each pass skips the others, see `PassFilter`); at n + k, how it is joined to the one
   * before it in the list (`coordinationLink`: 0 for the first); at 2n + k, the gender its first
   * name tells (`firstNameGenderOf` of its info).
   */
  flags: Uint8Array;
  /** The longer names its candidates add to the document's, for `linkPartShortForms`. */
  partNames: PartNames;
}
