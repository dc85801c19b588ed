/**
 * Deterministic article text for benchmarks and ratio tests: realistic news prose from a seeded
 * PRNG (headlines, paragraphs of reporting, quotations with attributions before and after,
 * names with titles and roles, possessives, places, pronoun speakers, partial and scare quotes,
 * anonymous sources), plus a dense-quotation and a name-heavy variant, the seed article and
 * the shared litbank/GUM texts. Same seed, same text, on every machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The repository root (bench/ is one level below it). */
export const REPO = path.resolve(__dirname, '..');
/** `shared/` lies beside the repository (CI lays it there too). */
export const SHARED_CORPUS = path.resolve(REPO, '../shared/corpus');
export const SEED_PATH = path.join(SHARED_CORPUS, 'seed/trump-russia-venezuela.txt');

/** mulberry32: a small, fast, deterministic PRNG in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rand, p: number) => r() < p;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The middle of a word near the middle of the text (where the benches' one-character edit and typing go). */
export function editOffset(text: string): number {
  let at = text.length >> 1;
  while (at < text.length && !/[a-z]/.test(text[at])) at++;
  return at;
}

/** Words as an editor counts them: runs of non-space characters. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const MALE = ['James', 'John', 'Robert', 'Michael', 'David', 'William', 'Richard', 'Thomas', 'Charles', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kenneth', 'Kevin', 'Brian', 'George', 'Edward', 'Ronald', 'Timothy', 'Jason', 'Jeffrey', 'Ryan', 'Jacob', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen', 'Larry', 'Justin', 'Scott', 'Brandon', 'Benjamin', 'Samuel', 'Gregory', 'Alexander', 'Patrick', 'Frank', 'Raymond', 'Jack', 'Dennis', 'Jerry', 'Tyler', 'Aaron', 'Jose', 'Adam', 'Nathan', 'Henry', 'Peter', 'Zachary', 'Douglas', 'Harold', 'Carlos', 'Luis', 'Juan', 'Omar', 'Ahmed', 'Hiroshi', 'Sergei', 'Pierre', 'Klaus', 'Rahul', 'Kwame', 'Mateo', 'Nikolai'];
const FEMALE = ['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Lisa', 'Nancy', 'Betty', 'Margaret', 'Sandra', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Carol', 'Amanda', 'Dorothy', 'Melissa', 'Deborah', 'Stephanie', 'Rebecca', 'Sharon', 'Laura', 'Cynthia', 'Kathleen', 'Amy', 'Angela', 'Shirley', 'Anna', 'Brenda', 'Pamela', 'Emma', 'Nicole', 'Helen', 'Samantha', 'Katherine', 'Christine', 'Debra', 'Rachel', 'Carolyn', 'Janet', 'Catherine', 'Maria', 'Heather', 'Diane', 'Julie', 'Joyce', 'Victoria', 'Olivia', 'Fatima', 'Yuki', 'Ingrid', 'Priya', 'Amara', 'Sofia', 'Elena', 'Fabiana', 'Ana', 'Leila', 'Mei', 'Chiara', 'Nadia', 'Zoë', 'Inès'];
const SURNAMES = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Okafor', 'Kowalski', 'Yamamoto', 'Ivanova', 'Dubois', 'Schneider', 'Rossi', 'Haddad', 'Chen', 'Patel', 'Singh', 'Kim', 'Park', 'Novak', 'Larsen', 'Guaidó', 'Maduro', 'Rosales', "O'Brien", 'McAllister', 'Fitzgerald', 'Van der Berg', 'al-Rashid', 'Müller', 'Sørensen', 'Abernathy', 'Whitfield', 'Castellano', 'Petrov', 'Achebe'];
const PERSON_TITLES = ['President', 'Sen.', 'Rep.', 'Gov.', 'Mayor', 'Secretary of State', 'Defense Secretary', 'Dr.', 'Prime Minister', 'Foreign Minister', 'Judge', 'Gen.', 'Adm.', 'Attorney General', 'Police Chief', 'Treasury Secretary', 'Ambassador', 'Bishop', 'Coach', 'Commissioner'];
const ROLES = ['a spokeswoman for', 'a spokesman for', 'the chief executive of', 'a senior analyst at', 'the director of', 'a professor at', 'a former adviser to', 'the chairman of', 'a lawyer for', 'the head of', 'an economist at', 'a researcher at', 'a deputy minister at', 'a board member of'];
const ORGS = ['the Federal Reserve', 'the Defense Ministry', 'the State Department', 'the World Bank', 'the International Monetary Fund', 'NATO', 'the United Nations', 'the European Commission', 'the Kremlin', 'the Pentagon', 'Amnesty International', 'the Red Cross', 'Harvard University', 'the Brookings Institution', 'Goldman Sachs', 'the Justice Department', 'the city council', 'the Central Bank', 'the Environmental Protection Agency', 'the World Health Organization', 'Acme Logistics Inc.', 'the National Weather Service', 'the Supreme Court', 'the teachers union'];
const PLACES = ['Venezuela', 'Caracas', 'Russia', 'Moscow', 'Washington', 'New York', 'Chicago', 'Texas', 'California', 'Ohio', 'Brussels', 'Paris', 'Berlin', 'London', 'Tokyo', 'Beijing', 'Nairobi', 'Lagos', 'Mexico City', 'Bogotá', 'São Paulo', 'Kyiv', 'Warsaw', 'Istanbul', 'Cairo', 'New Delhi', 'Jakarta', 'Sydney', 'Toronto', 'Havana', 'Florida', 'Arizona', 'Geneva', 'Madrid', 'Rome'];
/** When: each with its own preposition. */
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'last week', 'on Thursday night', 'early Tuesday', 'this month'];
const SAY_AFTER = ['said', 'said', 'said', 'told reporters', 'told The Associated Press', 'added', 'said in a statement', 'wrote on social media', 'said in an interview', 'told lawmakers', 'warned', 'argued', 'insisted', 'explained', 'recalled'];
const SAY_BEFORE = ['said', 'told reporters', 'said in a statement', 'told the committee', 'wrote', 'warned', 'added'];
const SUBJ = ['the plan', 'the agreement', 'the budget', 'the investigation', 'the new policy', 'the measure', 'the decision', 'the proposal', 'the ruling', 'the deal', 'the strike', 'the vote', 'the merger', 'the ceasefire', 'the report', 'the program', 'inflation', 'the economy', 'the election', 'the storm'];
const VERB_PAST = ['approved', 'rejected', 'announced', 'delayed', 'criticized', 'defended', 'questioned', 'welcomed', 'blocked', 'expanded', 'suspended', 'reviewed', 'signed', 'challenged', 'endorsed'];
const ADJ = ['unprecedented', 'difficult', 'necessary', 'reckless', 'historic', 'premature', 'fragile', 'significant', 'controversial', 'temporary', 'costly', 'modest', 'unclear', 'urgent', 'disappointing'];
const NOUNS = ['families', 'workers', 'investors', 'voters', 'residents', 'farmers', 'students', 'officials', 'troops', 'patients', 'businesses', 'taxpayers', 'lawmakers', 'refugees', 'nurses', 'drivers'];
const QUOTE_OPEN = ['We', 'I', 'This', 'They', 'Nobody', 'It', 'Our people', 'The country', 'Everyone', 'Frankly, we'];
const QUOTE_VERB = ['will not accept', 'have to fix', 'cannot ignore', 'are watching', 'need to see', 'never expected', 'will fight', 'do not understand', 'are proud of', 'have been warning about', 'must finish', 'are ready for'];
const QUOTE_TAIL = ['right now', 'at any cost', 'for a long time', 'and that is the truth', 'before the winter', 'this year', 'in good faith', 'every single day', 'without a plan', 'and they know it'];
const SCARE = ['reform', 'temporary', 'voluntary', 'experts', 'cleanup', 'peace process', 'final offer', 'fake news'];
const ANON = ['a senior official who spoke on condition of anonymity', 'a person familiar with the matter', 'two officials who requested anonymity', 'a source close to the negotiations', 'an aide who was not authorized to speak publicly'];
/** Straight marks three times in four, curly otherwise. */
const MARKS = [
  { open: '"', close: '"' },
  { open: '"', close: '"' },
  { open: '"', close: '"' },
  { open: '“', close: '”' },
];

interface Person {
  first: string;
  last: string;
  title: string | null;
  role: string | null;
  female: boolean;
}

function makePerson(r: Rand): Person {
  const female = chance(r, 0.45);
  const title = chance(r, 0.5) ? pick(r, PERSON_TITLES) : null;
  return { first: pick(r, female ? FEMALE : MALE), last: pick(r, SURNAMES), title, role: title ? null : `${pick(r, ROLES)} ${pick(r, ORGS)}`, female };
}

/** A quoted clause: 6 to 20 words. */
function quoted(r: Rand): string {
  let s = `${pick(r, QUOTE_OPEN)} ${pick(r, QUOTE_VERB)} ${pick(r, SUBJ)} ${pick(r, QUOTE_TAIL)}`;
  if (chance(r, 0.4)) s += `, and ${pick(r, NOUNS)} ${pick(r, ['deserve better', 'will pay the price', "don't have time", 'are tired of waiting', 'know what is at stake'])}`;
  if (chance(r, 0.15)) s += `. It's ${pick(r, ADJ)}`;
  return s;
}

/** A reporting sentence without quotations. */
function narrative(r: Rand, cast: Person[], place: string, mention: (p: Person) => string): string {
  const p = pick(r, cast);
  switch (Math.floor(r() * 7)) {
    case 0:
      return `${cap(pick(r, ORGS))} ${pick(r, DAYS)} ${pick(r, VERB_PAST)} ${pick(r, SUBJ)}, a move that ${pick(r, NOUNS)} in ${place} called ${pick(r, ADJ)}.`;
    case 1:
      return `${mention(p)} ${pick(r, VERB_PAST)} ${pick(r, SUBJ)} after ${p.female ? 'her' : 'his'} meeting with officials from ${pick(r, ORGS)} in ${pick(r, PLACES)}.`;
    case 2:
      return `The ${pick(r, ADJ)} dispute over ${pick(r, SUBJ)} has divided ${pick(r, NOUNS)} and ${pick(r, NOUNS)} across ${place} for ${2 + Math.floor(r() * 20)} months.`;
    case 3:
      return `${p.last}'s office did not respond to a request for comment ${pick(r, DAYS)}.`;
    case 4:
      return `According to figures released by ${pick(r, ORGS)}, ${10 + Math.floor(r() * 80)} percent of ${pick(r, NOUNS)} in ${place} say ${pick(r, SUBJ)} is ${pick(r, ADJ)}.`;
    case 5:
      return `${cap(p.female ? 'she' : 'he')} has ${pick(r, VERB_PAST)} ${pick(r, SUBJ)} before, and ${pick(r, NOUNS)} in ${pick(r, PLACES)} remember it.`;
    default:
      return `Officials in ${place} ${pick(r, VERB_PAST)} ${pick(r, SUBJ)} ${pick(r, DAYS)}, while critics said it was ${pick(r, ADJ)} and ${pick(r, ADJ)}.`;
  }
}

/** A sentence with a quotation in one of the shapes news copy uses. */
function quoteSentence(r: Rand, cast: Person[], mention: (p: Person) => string, last: { speaker: Person | null }): string {
  const p = pick(r, cast);
  const m = pick(r, MARKS);
  const q = quoted(r);
  const shape = Math.floor(r() * 10);
  let s: string;
  switch (shape) {
    case 0:
    case 1:
      s = `${m.open}${q},${m.close} ${mention(p)} ${pick(r, SAY_AFTER)}.`;
      break;
    case 2:
      s = `${m.open}${q},${m.close} said ${mention(p)}, ${p.role ?? `the ${p.title?.replace(/\.$/, '').toLowerCase()}`}.`;
      break;
    case 3:
      s = `${mention(p)} ${pick(r, SAY_BEFORE)}: ${m.open}${cap(q)}.${m.close}`;
      break;
    case 4:
      if (last.speaker) {
        s = `${m.open}${q},${m.close} ${last.speaker.female ? 'she' : 'he'} ${pick(r, ['said', 'added', 'said later'])}.`;
        return s;
      }
      s = `${m.open}${q},${m.close} ${mention(p)} said.`;
      break;
    case 5:
      s = `${mention(p)} called ${pick(r, SUBJ)} ${m.open}${pick(r, ADJ)} and ${pick(r, ADJ)}${m.close} and said it would hurt ${pick(r, NOUNS)}.`;
      break;
    case 6:
      s = `${m.open}${q},${m.close} said ${pick(r, ANON)}.`;
      return s;
    case 7:
      s = `The so-called ${m.open}${pick(r, SCARE)}${m.close} plan was ${pick(r, VERB_PAST)} by ${pick(r, ORGS)} ${pick(r, DAYS)}.`;
      return s;
    case 8:
      s = `${m.open}${q},${m.close} ${mention(p)} said. ${m.open}${cap(quoted(r))}.${m.close}`;
      break;
    default:
      s = `Asked whether ${pick(r, SUBJ)} would survive, ${mention(p)} said ${m.open}${quoted(r).toLowerCase()}.${m.close}`;
  }
  last.speaker = p;
  return s;
}

export interface ProseStyle {
  /** Share of sentences that carry a quotation (news copy: about 0.35). */
  quoteShare: number;
  /** People per article (the cast). */
  castSize: number;
  /** Share of sentences that are a list of names (name-heavy copy). */
  nameListShare: number;
}

export const NEWS: ProseStyle = { quoteShare: 0.35, castSize: 6, nameListShare: 0 };
export const DENSE_QUOTES: ProseStyle = { quoteShare: 0.92, castSize: 5, nameListShare: 0 };
export const NAME_HEAVY: ProseStyle = { quoteShare: 0.25, castSize: 40, nameListShare: 0.35 };

/** One article (headline, dateline paragraph, body paragraphs) of about `words` words. */
function article(r: Rand, words: number, style: ProseStyle): string {
  const cast: Person[] = [];
  for (let i = 0; i < style.castSize; i++) cast.push(makePerson(r));
  const introduced = new Set<Person>();
  const mention = (p: Person) => {
    if (!introduced.has(p)) {
      introduced.add(p);
      return p.title ? `${p.title} ${p.first} ${p.last}` : `${p.first} ${p.last}`;
    }
    return chance(r, 0.15) && p.title ? `${p.title} ${p.last}` : p.last;
  };
  const place = pick(r, PLACES);
  const lead = cast[0];
  const paras: string[] = [];
  paras.push(`${lead.last} ${pick(r, VERB_PAST)} ${pick(r, SUBJ)} as ${pick(r, NOUNS)} in ${place} wait`);
  const lastSpeaker = { speaker: null as Person | null };
  let count = 0;
  let first = true;
  while (count < words) {
    const sentences: string[] = [];
    const n = 1 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) {
      let s: string;
      if (first) {
        s = `${place.toUpperCase()} — ${mention(lead)} ${pick(r, DAYS)} ${pick(r, VERB_PAST)} ${pick(r, SUBJ)}, ${pick(r, ['deepening', 'ending', 'easing', 'reviving'])} a ${pick(r, ADJ)} fight with ${pick(r, ORGS)}.`;
        first = false;
      } else if (chance(r, style.nameListShare)) {
        const k = 3 + Math.floor(r() * 4);
        const names: string[] = [];
        for (let j = 0; j < k; j++) names.push(mention(pick(r, cast)));
        s = `Among those at the meeting in ${pick(r, PLACES)} were ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}.`;
      } else if (chance(r, style.quoteShare)) s = quoteSentence(r, cast, mention, lastSpeaker);
      else s = narrative(r, cast, place, mention);
      sentences.push(s);
      count += countWords(s);
    }
    paras.push(sentences.join(' '));
  }
  return paras.join('\n\n') + '\n';
}

/**
 * News prose of at least `words` words (articles of 400 to 1,200 words, one after another,
 * each with its own cast), cut at an article boundary as close to `words` as possible.
 * Deterministic: the same arguments give the same text, and a longer text starts with the
 * articles of a shorter one of the same seed.
 */
export function generateProse(words: number, seed = 1, style: ProseStyle = NEWS): string {
  const r = prng(seed);
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    const want = Math.min(400 + Math.floor(r() * 800), Math.max(words - count, 40));
    const a = article(r, want, style);
    parts.push(a);
    count += countWords(a);
  }
  return parts.join('\n');
}

/** First analyses of unseen text that bring the core to the JIT's steady state before anything is timed (`run.ts`'s warm-up). */
export const WARM_UP_ANALYSES = 30;

/**
 * Runs of `compromise` on the same texts before its timed runs, in its own process
 * (`compromiseBaseline.ts`): its first runs take about twice as long.
 */
export const WARM_UP_COMPROMISE_RUNS = 3;

/** The texts of the warm-up, taken in turn: 20,000 words of each style (news, dense quotations, name-heavy). */
export function warmUpTexts(): string[] {
  return [generateProse(20_000), generateProse(20_000, 2, DENSE_QUOTES), generateProse(20_000, 3, NAME_HEAVY)];
}

/**
 * The warm-up (`run.ts`, `profile.ts`, `afterFullGc.ts`): `WARM_UP_ANALYSES` calls of `analyze` with the warm-up texts in
 * turn and the call's index; `analyze` makes each an unseen variant and analyses it.
 */
export function warmUpWith(analyze: (text: string, i: number) => void): void {
  const texts = warmUpTexts();
  for (let i = 0; i < WARM_UP_ANALYSES; i++) analyze(texts[i % texts.length], i);
}

/** A workspace-sized article: one article of 300 to 900 words. */
export function generateArticle(seed: number): string {
  const r = prng(seed * 7919 + 13);
  return article(r, 300 + Math.floor(r() * 600), NEWS);
}

/** The seed article, or null when `shared/` is not beside the repository. */
export function readSeed(): string | null {
  return existsSync(SEED_PATH) ? readFileSync(SEED_PATH, 'utf8') : null;
}

/** The litbank and GUM texts concatenated (sorted by name), or null when absent. */
export function readSharedCorpus(): string | null {
  const parts: string[] = [];
  for (const dir of ['litbank-quotes', 'gum-dev']) {
    const full = path.join(SHARED_CORPUS, dir);
    if (!existsSync(full)) continue;
    for (const f of readdirSync(full).filter((f) => f.endsWith('.txt')).sort()) parts.push(readFileSync(path.join(full, f), 'utf8'));
  }
  return parts.length ? parts.join('\n\n') : null;
}

/**
 * The same text with some of the first spaces of every line turned into no-break spaces, chosen by
 * the bits of `k + 1` (a different pattern for every `k`, on every line with as many spaces as `k + 1`
 * has bits: ten for the first 1,023): the same words and analysis, but paragraphs the core's
 * paragraph cache has not seen, so repeated runs measure a first analysis, not cache hits. Caches
 * keyed by a name's own text (`nameInfo`'s) still hit: a cold news 20k works out about 270 name
 * infos (about 1.3 ms, 2% of the analysis), a variant after earlier ones up to 34.
 */
export function variant(text: string, k: number): string {
  // lowest bit first: the j-th space of a line is turned when bit j is set
  const bits = [...(k + 1).toString(2)].reverse();
  const parts: string[] = [];
  let last = 0;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) j = 0;
    else if (c === 32 && j < bits.length) {
      if (bits[j] === '1') {
        parts.push(text.slice(last, i), '\u00a0');
        last = i + 1;
      }
      j++;
    }
  }
  parts.push(text.slice(last));
  return parts.join('');
}
