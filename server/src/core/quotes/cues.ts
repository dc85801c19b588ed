/**
 * Word lists for attribution: reporting verbs (English in all tenses, French, German,
 * Spanish), speaker nouns and titles. Lower-case; matched on whole words.
 */
import { wordTable } from '../wordTable';
import { LOWER_PLURAL_TITLE_ABBREVIATIONS } from './tokens';
import { KIN_NOUNS } from '../kin';

const EN_VERB_STEMS: [string, string, string, string][] = [
  // base, 3rd person, past, -ing
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['ask', 'asks', 'asked', 'asking'],
  ['write', 'writes', 'wrote', 'writing'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['post', 'posts', 'posted', 'posting'],
  ['warn', 'warns', 'warned', 'warning'],
  ['note', 'notes', 'noted', 'noting'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['counter', 'counters', 'countered', 'countering'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['describe', 'describes', 'described', 'describing'],
  ['call', 'calls', 'called', 'calling'],
  ['state', 'states', 'stated', 'stating'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['deny', 'denies', 'denied', 'denying'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['continue', 'continues', 'continued', 'continuing'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['recount', 'recounts', 'recounted', 'recounting'],
  ['remark', 'remarks', 'remarked', 'remarking'],
  ['reply', 'replies', 'replied', 'replying'],
  ['respond', 'responds', 'responded', 'responding'],
  ['retort', 'retorts', 'retorted', 'retorting'],
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['yell', 'yells', 'yelled', 'yelling'],
  ['whisper', 'whispers', 'whispered', 'whispering'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['contend', 'contends', 'contended', 'contending'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  ['emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['promise', 'promises', 'promised', 'promising'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['urge', 'urges', 'urged', 'urging'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['observe', 'observes', 'observed', 'observing'],
  ['maintain', 'maintains', 'maintained', 'maintaining'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['allege', 'alleges', 'alleged', 'alleging'],
  ['agree', 'agrees', 'agreed', 'agreeing'],
  ['caution', 'cautions', 'cautioned', 'cautioning'],
  ['lament', 'laments', 'lamented', 'lamenting'],
  ['muse', 'muses', 'mused', 'musing'],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  ['murmur', 'murmurs', 'murmured', 'murmuring'],
  ['mutter', 'mutters', 'muttered', 'muttering'],
  ['answer', 'answers', 'answered', 'answering'],
  ['text', 'texts', 'texted', 'texting'],
  ['email', 'emails', 'emailed', 'emailing'],
  ['blast', 'blasts', 'blasted', 'blasting'],
  ['slam', 'slams', 'slammed', 'slamming'],
  ['praise', 'praises', 'praised', 'praising'],
  ['thunder', 'thunders', 'thundered', 'thundering'],
  ['fume', 'fumes', 'fumed', 'fuming'],
  ['estimate', 'estimates', 'estimated', 'estimating'],
  ['report', 'reports', 'reported', 'reporting'],
  ['reveal', 'reveals', 'revealed', 'revealing'],
  ['disclose', 'discloses', 'disclosed', 'disclosing'],
  ['label', 'labels', 'labeled', 'labeling'],
  ['brand', 'brands', 'branded', 'branding'],
  ['hail', 'hails', 'hailed', 'hailing'],
  ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  ['criticize', 'criticizes', 'criticized', 'criticizing'],
  ['criticise', 'criticises', 'criticised', 'criticising'],
  ['signal', 'signals', 'signaled', 'signaling'],
  ['point', 'points', 'pointed', 'pointing'],
  ['sigh', 'sighs', 'sighed', 'sighing'],
  ['laugh', 'laughs', 'laughed', 'laughing'],
  ['cry', 'cries', 'cried', 'crying'],
  ['demand', 'demands', 'demanded', 'demanding'],
  ['wonder', 'wonders', 'wondered', 'wondering'],
  ['begin', 'begins', 'began', 'beginning'],
  ['read', 'reads', 'read', 'reading'],
  ['mention', 'mentions', 'mentioned', 'mentioning'],
  ['tout', 'touts', 'touted', 'touting'],
  ['characterize', 'characterizes', 'characterized', 'characterizing'],
  ['summarize', 'summarizes', 'summarized', 'summarizing'],
  ['accuse', 'accuses', 'accused', 'accusing'],
  ['charge', 'charges', 'charged', 'charging'],
  ['find', 'finds', 'found', 'finding'],
];

/** Reporting verbs that take the speaker as subject or after them. */
const EN_EXTRA = ['spoken', 'written', 'quoted', 'opined', 'snapped', 'scoffed', 'sneered', 'conceded', 'rued'];

/** Past tenses that tag a line of dialogue in fiction and features ("'Which?' inquired Tommy", "'Yes,' she drawled"). */
const DIALOGUE_TAGS = [
  'inquired', 'enquired', 'returned', 'interrupted', 'rejoined', 'interposed', 'drawled', 'pleaded', 'grumbled', 'hinted',
  'confessed', 'faltered', 'protested', 'stammered', 'growled', 'gasped', 'persisted', 'chuckled', 'teased', 'bellowed',
  'shrieked', 'screamed', 'snorted', 'groaned', 'sobbed', 'giggled', 'objected', 'demurred', 'repeated', 'echoed',
  'wailed', 'roared', 'hissed', 'snarled', 'mumbled', 'stuttered', 'pursued', 'queried', 'moaned', 'ejaculated', 'hesitated',
];

/** French, German and Spanish reporting verbs (finite forms and participles). */
const FOREIGN = [
  // French (after "a", "avait": "a déclaré", or inverted "dit-il")
  'déclaré', 'déclare', 'dit', 'affirmé', 'affirme', 'expliqué', 'explique', 'ajouté', 'ajoute', 'indiqué', 'indique',
  'souligné', 'souligne', 'estimé', 'estime', 'précisé', 'précise', 'annoncé', 'annonce', 'assuré', 'assure', 'confié',
  'répondu', 'répond', 'lancé', 'lance', 'martelé', 'averti', 'insisté', 'insiste', 'reconnu', 'reconnaît', 'raconté', 'raconte',
  'déplore', 'déploré', 'appelé', 'appelle', 'prévenu', 'prévient', 'dénoncé', 'dénonce', 'confirmé', 'confirme', 'écrit', 'tweeté', 'demandé',
  // German
  'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'schrieb', 'warnte', 'kritisierte',
  'forderte', 'berichtete', 'sagten', 'erklärten', 'bestätigte', 'ergänzte', 'fügte', 'teilte', 'räumte', 'versicherte', 'unterstrich',
  // Spanish
  'dijo', 'dice', 'afirmó', 'afirma', 'declaró', 'explicó', 'aseguró', 'añadió', 'agregó', 'señaló', 'indicó', 'sostuvo',
  'manifestó', 'comentó', 'advirtió', 'subrayó', 'apuntó', 'expresó', 'destacó', 'reconoció', 'insistió', 'escribió', 'aseveró',
];

/** Prepositions that introduce the source after them ("according to the report", "selon le ministre"). */
export const SOURCE_PREPOSITIONS: readonly string[][] = [
  ['according', 'to'],
  ['selon'],
  ["d'après"],
  ['d’après'],
  ['laut'],
  ['según'],
  ['de', 'acuerdo', 'con'],
];

/** Every reporting verb form, lower-case. */
export function reportingVerbs(extra: readonly string[] = []): Set<string> {
  const set = new Set<string>([...EN_EXTRA, ...DIALOGUE_TAGS, ...FOREIGN]);
  for (const forms of EN_VERB_STEMS) for (const f of forms) set.add(f);
  for (const e of extra) for (const w of e.toLowerCase().split(/\s+/)) if (w) set.add(w);
  return set;
}

/**
 * Reporting verbs in the present that name a thing rather than report words when experts use them ("what doctors call
 * “social jet lag”", `TERM_USERS`): the quotation is their term, and its source needs no name. The past reports a
 * judgement ("a plan critics called “fantasy math”"), and so do others in the present ("which critics call “a power
 * grab”"), whose sources do.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'calls']);

/** Plurals of experts whose "call" names a term of their field ("what economists call “a soft landing”"). */
export const TERM_USERS: ReadonlySet<string> = new Set([
  'scientists', 'doctors', 'physicians', 'economists', 'experts', 'researchers', 'psychologists', 'linguists', 'engineers',
  'analysts', 'epidemiologists', 'meteorologists', 'biologists', 'historians', 'statisticians', 'specialists',
]);

/** Subject pronouns that can speak, with their gender for resolution. */
export const PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'plural' | 'neuter'>> = wordTable({
  he: 'male', she: 'female', they: 'plural', it: 'neuter', we: 'plural', i: 'plural',
  il: 'male', elle: 'female', ils: 'plural', elles: 'plural',
  er: 'male', sie: 'female',
  él: 'male', ella: 'female', ellos: 'plural', ellas: 'plural',
});

/** Pronouns that own one person's words, by gender ("Her message was simple:"; not "Its", "Their"). */
export const OWNER_PRONOUNS: Readonly<Record<string, 'male' | 'female'>> = wordTable({ his: 'male', her: 'female' });

/** Forms of "be" that make a clause ("Lopez was blunt:", "The governor was quick to"): no speaker phrase holds one. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);

/** Determiners and quantifiers that start a descriptive speaker phrase ("a spokesperson"). */
export const DETERMINERS = new Set([
  'a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'another', 'his', 'her', 'my', 'our',
  'their', 'its', 'this', 'these', 'those', 'both', 'most', 'few', 'senior', 'le', 'la', 'les', "l'", 'l’', 'un', 'une',
  'des', 'der', 'die', 'das', 'ein', 'eine', 'dem', 'den', 'el', 'los', 'las', 'una', 'unos', 'unas',
]);

/** Nouns for unnamed sources. */
export const ANONYMOUS_NOUNS = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokespersons', 'spokesmen', 'spokeswomen', 'official', 'officials',
  'source', 'sources', 'aide', 'aides', 'insider', 'insiders', 'people', 'person', 'diplomat', 'diplomats', 'analyst',
  'analysts', 'witness', 'witnesses', 'resident', 'residents', 'expert', 'experts', 'observer', 'observers', 'staffer',
  'staffers', 'employee', 'employees', 'representative', 'representatives', 'executive', 'executives', 'economist',
  'economists', 'investigator', 'investigators', 'prosecutor', 'prosecutors', 'lawmaker', 'lawmakers', 'critic', 'critics',
  'officer', 'officers', 'member', 'members', 'adviser', 'advisers', 'advisor', 'advisors', 'negotiator', 'negotiators',
  'porte-parole', 'sprecher', 'sprecherin', 'portavoz', 'fuentes', 'sources', 'quellen', 'kreisen', 'trader', 'traders',
  'worker', 'workers', 'organizers', 'organisers', 'authorities', 'fans',
  'conseiller', 'conseillère', 'conseillers', 'responsable', 'responsables', 'proche', 'proches', 'diplomate', 'diplomates',
  'fonctionnaire', 'fonctionnaires', 'analyste', 'analystes', 'témoin', 'témoins', 'habitant', 'habitants', 'experte',
  'beamter', 'beamte', 'experte', 'experten', 'analysten', 'diplomaten', 'insider', 'regierungskreise', 'kreise',
  'funcionario', 'funcionarios', 'fuente', 'asesor', 'asesora', 'experto', 'expertos', 'analista', 'analistas', 'testigo',
  'testigos', 'vecino', 'vecinos',
]);

/** Nouns for organizations speaking as one. */
export const ORGANIZATION_NOUNS = new Set([
  'ministry', 'department', 'agency', 'company', 'firm', 'airline', 'government', 'administration', 'police', 'team',
  'club', 'league', 'union', 'court', 'committee', 'council', 'bank', 'board', 'office', 'commission', 'campaign',
  'group', 'organization', 'organisation', 'party', 'authority', 'carrier', 'retailer', 'automaker', 'carmaker', 'insurer',
  'lender', 'regulator', 'university', 'school', 'hospital', 'city', 'county', 'state', 'embassy', 'military', 'army',
  'navy', 'foundation', 'network', 'federation', 'association', 'institute', 'coalition', 'prosecutors', 'operator',
  'manufacturer', 'studio', 'publisher', 'district', 'ministère', 'gouvernement', 'ministerium', 'regierung', 'polizei',
  'ministerio', 'gobierno', 'policía', 'kremlin', 'pentagon', 'house', 'palace', 'giant', 'startup', 'brand', 'body',
  'chain', 'utility', 'developer', 'maker', 'service', 'fund', 'exchange',
]);

/** Nouns for documents that "say" things. */
export const DOCUMENT_NOUNS = new Set([
  'report', 'memo', 'statement', 'letter', 'filing', 'document', 'documents', 'study', 'survey', 'lawsuit', 'complaint',
  'ruling', 'indictment', 'email', 'post', 'tweet', 'release', 'analysis', 'notice', 'decision', 'judgment', 'order',
  'papers', 'records', 'transcript', 'audit', 'review', 'assessment', 'forecast', 'poll', 'data', 'figures', 'bulletin',
  'communiqué', 'rapport', 'bericht', 'mitteilung', 'informe', 'comunicado', 'note', 'proposal', 'plan', 'draft', 'minutes',
]);

/** Titles stripped from a speaker name ("Sen." in "Sen. Elizabeth Warren", "Sens." in "Sens. Lindsey Graham and Chuck Schumer"). */
export const TITLES = new Set([
  ...LOWER_PLURAL_TITLE_ABBREVIATIONS,
  'president', 'vice', 'secretary', 'minister', 'prime', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor',
  'mayor', 'mr', 'messrs', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'judge', 'justice', 'chancellor', 'chairman',
  'chairwoman', 'chair', 'ceo', 'cfo', 'director', 'coach', 'captain', 'capt', 'gen', 'general', 'col', 'lt', 'sgt',
  'officer', 'detective', 'commissioner', 'chief', 'pope', 'king', 'queen', 'prince', 'princess', 'ambassador',
  'spokesman', 'spokeswoman', 'spokesperson', 'manager', 'leader', 'speaker', 'attorney', 'inspector',
  'superintendent', 'sheriff', 'deputy', 'premier', 'rev', 'sir', 'dame', 'lord', 'lady', 'herr', 'frau', 'm', 'mme',
  'sr', 'sra', 'don', 'doña', 'präsident', 'präsidentin', 'kanzlerin', 'kanzler', 'ministerin', 'ministre', 'président',
  'présidente', 'presidente', 'ministro', 'ministra', 'senadora', 'senador', 'founder', 'cofounder', 'co-founder',
  'economist', 'analyst', 'striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback', 'forward', 'guard',
  'owner', 'executive', 'head', 'editor', 'star', 'actor', 'actress', 'singer', 'author', 'historian', 'lawyer',
  'researcher', 'scientist', 'police', 'state', 'foreign', 'defense', 'defence', 'finance', 'interior', 'health', 'trade',
  'treasury', 'u.s', 'chief', 'opposition', 'interim', 'former', 'then', 'acting', 'first', 'lady', 'supt', 'insp', 'cmdr',
  'adm', 'maj', 'sgt', 'pvt', 'cpl', 'fr', 'rabbi', 'imam', 'bishop', 'cardinal', 'father', 'sister', 'brother', 'agent',
  'director-general', 'secretary-general',
]);

/**
 * Nouns for a person by their tie to another ("Joe Biden's wife", "Smith's lawyer"): with `TITLES`
 * and the speaker nouns, the roles a possessive name may own as a described speaker.
 */
export const TIE_NOUNS = new Set([
  ...KIN_NOUNS.keys(), 'widow', 'widower', 'partner', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'girlfriend', 'boyfriend',
  'mom', 'mum', 'dad', 'parents', 'children', 'friend', 'colleague',
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'doctor', 'agent', 'publicist', 'secretary', 'assistant', 'biographer',
  'teammate', 'coach', 'manager', 'boss', 'deputy', 'successor', 'predecessor', 'campaign', 'family', 'office',
]);

/** Honorifics that tell a person's gender. */
export const GENDERED_TITLES: Readonly<Record<string, 'male' | 'female'>> = wordTable({
  mr: 'male', messrs: 'male', mrs: 'female', ms: 'female', miss: 'female', sir: 'male', dame: 'female', lord: 'male', lady: 'female',
  king: 'male', queen: 'female', prince: 'male', princess: 'female', herr: 'male', frau: 'female', m: 'male',
  mme: 'female', sr: 'male', sra: 'female', don: 'male', doña: 'female', chairman: 'male', chairwoman: 'female',
  spokesman: 'male', spokeswoman: 'female', father: 'male', sister: 'female', brother: 'male', actress: 'female',
  kanzlerin: 'female', ministerin: 'female', präsidentin: 'female', présidente: 'female', ministra: 'female', senadora: 'female',
});

/** Words that attach to a name without ending it ("Bank of England", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['ten', 'ter', 'op', 'zu', 'of', 'de', 'del', 'della', 'der', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'y', 'ibn', 'and', '&']);

/** Words that precede a scare-quoted or titled term ("so-called", "the documentary"). */
export const SCARE_INTRODUCERS = new Set([
  'so-called', 'dubbed', 'nicknamed', 'titled', 'entitled', 'named', 'termed', 'branded', 'billed', 'word', 'term',
  'phrase', 'slogan', 'hashtag', 'motto', 'label', 'documentary', 'film', 'movie', 'book', 'album', 'song', 'single',
  'series', 'show', 'novel', 'play', 'podcast', 'exhibition', 'programme', 'program', 'operation', 'initiative',
  'headline', 'column', 'essay', 'episode', 'memoir', 'musical', 'opera', 'painting', 'sculpture', 'game', 'app',
  'brand', 'sogenannte', 'sogenannten', 'sogenannter', 'dite', 'dit', 'llamado', 'llamada', 'denominado', 'denominada',
]);

/** Adverbs and auxiliaries allowed between a speaker and the verb ("Trump later told"). */
export const VERB_MODIFIERS = new Set([
  'later', 'also', 'then', 'again', 'previously', 'earlier', 'has', 'had', 'have', 'would', 'will', 'was', 'were', 'is',
  'are', 'once', 'repeatedly', 'publicly', 'privately', 'recently', 'simply', 'just', 'separately', 'reportedly',
  'yesterday', 'today', 'tonight', 'quickly', 'immediately', 'finally', 'still', 'further', 'angrily', 'flatly', 'bluntly',
  'frankly', 'proudly', 'quietly', 'calmly', 'firmly', 'sharply', 'curtly', 'had', 'did', 'does', 'do', 'never', 'often',
  'subsequently', 'initially', 'ultimately', 'himself', 'herself', 'themselves', 'itself', 'been', 'be', 'may', 'might',
  'could', 'should', 'already', 'however', 'too', 'herein', 'last', 'week', 'month', 'year', 'night', 'morning', 'afternoon',
  'evening', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'this',
  'a', 'ha', 'hat', 'hatte', 'habe', 'auch', 'ha', 'había', 'también', 'avait', 'aussi',
]);

/** Common first names with their usual gender, for resolving `he`/`she` without the entity engine. */
export const FIRST_NAMES: Readonly<Record<string, 'male' | 'female'>> = wordTable(Object.fromEntries([
  ...'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny mike bernie boris emmanuel olaf vladimir xi narendra sergey sergei nicolás nicolas luis carlos pedro miguel jorge javier diego pablo antonio manuel francisco hans klaus jürgen stefan thomas wolfgang pierre jean michel françois jacques marc nicolas olivier ahmed mohammed muhammad ali omar hassan kim lee chen wei hiroshi kenji rishi keir joe barack bill hunter elon jeff tim satya sundar mark warren lionel cristiano kylian erling harry marco luca giovanni'
    .split(' ').map((n) => [n, 'male'] as const),
  ...'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori kamala hillary nancy angela ursula christine giorgia marine ségolène anne sophie claire isabelle nathalie fabiana ana carmen lucía sofía isabel elena laura julia katrin annalena sabine petra liz theresa jacinda sanna mette kristalina janet michelle oprah taylor serena naomi simone megan rosa greta yulia'
    .split(' ').map((n) => [n, 'female'] as const),
]));
