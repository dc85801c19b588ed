/**
 * Titles and roles written before names ("Secretary of State", "Sen.", "interim President"),
 * kept apart from the name itself.
 */
import { TokenTrie } from './matcher';
import { phraseKeys } from './names';
import { PLURAL_TITLE_PAIRS } from '../pluralTitles';
import { wordTable } from '../wordTable';
import { CLOSE_KIN_NOUNS } from '../kin';

/** What a title tells about the person who carries it. */
export interface TitleInfo {
  /** Gender the title implies ("Mrs." female), if any. */
  gender?: 'male' | 'female';
  /** Held by one person at a time, so "President Trump" is a full first reference. */
  unique?: boolean;
  /** Group for keeping namesakes apart ("Sen." and "Rep."). */
  office: string;
  /** For a form of address standing alone ("Your Honor"): the offices whose latest holder it stands for. */
  holders?: readonly string[];
  /**
   * Held in an organization named right before the title ("Acme Corp. President Dana Wells"): a
   * title alone ("the President") stands for such a holder only when no one holds it outright.
   */
  inOrganization?: true;
}

/**
 * Words opening an office below another that is no holder of it ("Vice President Kamala Harris" holds no "President",
 * nor a "Deputy Secretary" the "Secretary"): read by the title-only mentions' holders and the quotations' speakers.
 */
export const SUBORDINATE_OFFICE_WORDS: ReadonlySet<string> = new Set(['vice', 'deputy', 'assistant', 'under', 'lieutenant', 'associate']);

/** Abbreviated titles and the word a title alone uses for them ("Sen. Cruz" … "the Senator"): see `spelledOutTitleWords`. */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = wordTable({
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', adm: 'admiral', lt: 'lieutenant', col: 'colonel',
  capt: 'captain', sgt: 'sergeant', maj: 'major', rev: 'reverend', prof: 'professor', supt: 'superintendent', cmdr: 'commander',
});

/**
 * The words of a title in lower case ("sen. ted cruz", an office "sen"), split at spaces, each without a trailing dot and
 * abbreviations written out ("senator"): how both engines match a title with the one a title alone stands for ("the Senator").
 */
export function spelledOutTitleWords(title: string): string[] {
  const words = title.split(' ');
  for (let k = 0; k < words.length; k++) {
    const word = words[k].endsWith('.') ? words[k].slice(0, -1) : words[k];
    words[k] = TITLE_ABBREVIATIONS[word] ?? word;
  }
  return words;
}

/** The title infos held in an organization, by the title's own (one each, so candidates can compare them by identity). */
const inOrganizationInfos = new Map<TitleInfo, TitleInfo>();

/** A title's info as held in an organization named right before it ("Acme Corp. President"). */
export function inOrganization(info: TitleInfo): TitleInfo {
  let held = inOrganizationInfos.get(info);
  if (held === undefined) inOrganizationInfos.set(info, (held = { ...info, inOrganization: true }));
  return held;
}

/**
 * "Your Honor", "My Lord": how a court is addressed. Alone, it is a title-only mention of the
 * latest judge, justice or magistrate named (`COURT_ADDRESS_WORDS` in findMentions.ts).
 */
export const JUDGE_ADDRESS: TitleInfo = { office: 'judge', holders: ['judge', 'justice', 'magistrate'] };
/** "My Lords", "Your Honors": the bench addressed, a title-only mention of no one person. */
export const BENCH_ADDRESS: TitleInfo = { office: 'bench', holders: [] };

/** Person titles, matched over folded tokens at the start of a capitalised run. */
export const TITLES = new TokenTrie<TitleInfo>();

const add = (phrases: string[], info: Omit<TitleInfo, 'office'> = {}) => {
  for (const p of phrases) TITLES.add(phraseKeys(p), { ...info, office: phraseKeys(p).join(' ') });
};
add(['Mr.', 'Mr', 'Sir', 'Lord', 'King', 'Prince', 'Duke', 'Earl', 'Count', 'Baron', 'Brother', 'Father', 'Uncle', 'Emperor', 'Tsar', 'Czar', 'Sultan', 'Sheikh'], { gender: 'male' });
add(['Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Madam', 'Madame', 'Mme.', 'Lady', 'Dame', 'Queen', 'Princess', 'Duchess', 'Countess', 'Baroness', 'Sister', 'Mother', 'Aunt', 'Empress'], { gender: 'female' });
// forms of address and ranks of other languages and peerages ("Mlle. du Motel", "Herr Schmidt", "the Marquis de Lafayette")
add(['Monsieur', 'Señor', 'Herr', 'Signor', 'Marquis', 'Marquess', 'Viscount'], { gender: 'male' });
add(['Mademoiselle', 'Señora', 'Señorita', 'Frau', 'Signora', 'Marchioness', 'Viscountess'], { gender: 'female' });
// offices of other languages ("Bundeskanzler Olaf Scholz", "Presidente Andrés Manuel López Obrador"); the feminine forms tell a gender
// ("Présidente" folds to the Spanish "Presidente", of either)
add(['Bundeskanzler', 'Kanzler', 'Bundespräsident', 'Bundesminister', 'Presidente', 'Président', 'Ministre', 'Ministro']);
add(['Bundeskanzlerin', 'Kanzlerin', 'Bundespräsidentin', 'Bundesministerin', 'Presidenta', 'Ministra'], { gender: 'female' });
// a body's voice ("State Department Spokesman Ned Price")
add(['Spokesman'], { gender: 'male' });
add(['Spokeswoman'], { gender: 'female' });
// shortened forms share the office of the word they shorten: "Mlle. du Motel" is "Mademoiselle … du Motel"
for (const [short, office] of [['Mlle.', 'mademoiselle'], ['Mlle', 'mademoiselle'], ['Mme', 'madame']]) TITLES.add(phraseKeys(short), { gender: 'female', office });
add(['President', 'Vice President', 'Prime Minister', 'Pope', 'Chancellor', 'Chief Justice', 'Speaker', 'Attorney General', 'Secretary of State', 'First Lady', 'Crown Prince'], { unique: true });
// offices named "X of the Y", whose "of the" phrase would otherwise open the name ("Speaker of the House Mike Johnson")
add([
  'Speaker of the House', 'Speaker of the House of Representatives', 'Speaker of the House of Commons', 'Chairman of the Joint Chiefs of Staff',
  'Chairman of the Joint Chiefs', 'Vice Chairman of the Joint Chiefs of Staff', 'Chairman of the Federal Reserve', 'Chair of the Federal Reserve',
  'Chancellor of the Exchequer', 'Leader of the Opposition', 'Leader of the House', 'Secretary of the Interior', 'Secretary of the Navy',
  'Secretary of the Army', 'Secretary of the Air Force',
], { unique: true });
add([
  'Dr.', 'Dr', 'Prof.', 'Professor', 'Sen.', 'Senator', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Gov.', 'Governor',
  'Lt. Gov.', 'Mayor', 'Judge', 'Justice', 'Minister', 'Foreign Minister', 'Defense Minister', 'Finance Minister', 'Secretary',
  'Defense Secretary', 'Treasury Secretary', 'Secretary of Defense', 'Secretary of the Treasury', 'Ambassador', 'Gen.', 'General',
  'Lt.', 'Lieutenant', 'Col.', 'Colonel', 'Capt.', 'Captain', 'Sgt.', 'Sergeant', 'Maj.', 'Major', 'Adm.', 'Admiral', 'Commander',
  'Rev.', 'Reverend', 'Bishop', 'Archbishop', 'Cardinal', 'Rabbi', 'Imam', 'Saint', 'St.', 'Chairman', 'Chairwoman', 'Chair',
  'CEO', 'Director', 'Deputy', 'Coach', 'Officer', 'Detective', 'Inspector', 'Agent', 'Chief', 'Leader', 'Commissioner',
  'Premier', 'Senate Majority Leader', 'Majority Leader', 'Minority Leader', 'House Speaker', 'Sheriff', 'Attorney', 'Councilman',
  'Councilwoman', 'Councillor', 'Hon.', 'Dean', 'Principal', 'Pastor', 'Private', 'Corporal', 'Marshal', 'Delegate', 'Assemblyman',
  'Battalion Chief', 'Fire Chief', 'County Executive', 'Director-General', 'Director General', 'Secretary-General', 'Secretary General', 'Spokesperson', 'Press Secretary',
  // the courts' and prosecutors' offices as wire copy writes them before a name ("U.S. District Judge Patricia Alvarez")
  'District Judge', 'U.S. District Judge', 'Magistrate Judge', 'U.S. Magistrate Judge', 'Circuit Judge', 'U.S. Circuit Judge',
  'U.S. Attorney', 'Assistant U.S. Attorney', 'District Attorney', 'Assistant District Attorney', 'State Attorney',
  'Assistant Attorney General', 'Deputy Attorney General',
]);
/**
 * "Saint Jerome" … "St. Jerome", "Gen. Gordon" … "General Gordon": an abbreviated title is the
 * title it shortens, so both share one office (offices keep namesakes apart: "Sen." and "Rep.").
 */
for (const [short, office] of [
  ['St.', 'saint'], ['Sen.', 'senator'], ['Rep.', 'representative'], ['Gov.', 'governor'], ['Gen.', 'general'], ['Prof.', 'professor'],
  ['Lt.', 'lieutenant'], ['Col.', 'colonel'], ['Capt.', 'captain'], ['Sgt.', 'sergeant'], ['Maj.', 'major'], ['Adm.', 'admiral'], ['Rev.', 'reverend'],
]) TITLES.add(phraseKeys(short), { office });

/**
 * Plural titles before names ("Sens. John McCain and Lindsey Graham", "Generals Grant and
 * Sherman"), each with its singular's information. Kept out of `TITLES`: alone ("the Senators",
 * "the Generals") a plural names a group or a team, never one holder. The list: `PLURAL_TITLE_PAIRS`.
 */
export const PLURAL_TITLES = new TokenTrie<TitleInfo>();
for (const [plural, singular] of PLURAL_TITLE_PAIRS) PLURAL_TITLES.add(phraseKeys(plural), TITLES.get(phraseKeys(singular))!);

/** Nouns that make a lower-case phrase before a name a role ("opposition leader Juan Guaidó"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'leader', 'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'chief', 'head',
  'director', 'ceo', 'founder', 'chairman', 'senator', 'governor', 'mayor', 'ambassador', 'envoy', 'counterpart',
  ...CLOSE_KIN_NOUNS, 'actor', 'actress', 'singer', 'writer', 'author',
  'poet', 'painter', 'artist', 'composer', 'player', 'coach', 'manager', 'candidate', 'lawyer', 'attorney', 'judge', 'general',
  'commander', 'economist', 'scientist', 'professor', 'analyst', 'reporter', 'journalist', 'editor', 'adviser', 'advisor',
  'aide', 'deputy', 'lawmaker', 'congressman', 'congresswoman', 'representative', 'activist', 'founder', 'friend', 'colleague',
  'partner', 'rival', 'successor', 'predecessor', 'king', 'queen', 'prince', 'princess', 'emperor', 'architect', 'philosopher',
  'mathematician', 'physicist', 'historian', 'novelist', 'director', 'producer', 'musician', 'correspondent', 'chancellor',
]);
