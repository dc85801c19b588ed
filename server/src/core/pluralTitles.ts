/**
 * Plural titles before names and the singular each is the plural of: one list for the entities'
 * title trie (`PLURAL_TITLES` in entities/titles.ts) and both tokenizers, which keep the full stop
 * of the abbreviated ones ("Sens.": `PLURAL_TITLE_ABBREVIATIONS` in abbreviations.ts; the
 * quotation engine also strips them from a speaker's name). Data only, at
 * the core's root so that both engines read it, so that the
 * tokenizer can read it without importing the title trie (which imports the tokenizer). Plurals
 * that are also common team names before players' names ("Cardinals", "Saints", "Chiefs",
 * "Kings") are left out.
 */
export const PLURAL_TITLE_PAIRS: readonly (readonly [plural: string, singular: string])[] = [
  ['Messrs.', 'Mr.'], ['Presidents', 'President'], ['Vice Presidents', 'Vice President'], ['Prime Ministers', 'Prime Minister'], ['Popes', 'Pope'],
  ['Senators', 'Senator'], ['Sens.', 'Sen.'], ['Representatives', 'Representative'], ['Reps.', 'Rep.'], ['Congressmen', 'Congressman'],
  ['Congresswomen', 'Congresswoman'], ['Governors', 'Governor'], ['Govs.', 'Gov.'], ['Mayors', 'Mayor'], ['Judges', 'Judge'],
  ['Justices', 'Justice'], ['Ministers', 'Minister'], ['Foreign Ministers', 'Foreign Minister'], ['Defense Ministers', 'Defense Minister'],
  ['Finance Ministers', 'Finance Minister'], ['Secretaries', 'Secretary'], ['Ambassadors', 'Ambassador'], ['Generals', 'General'],
  ['Gens.', 'Gen.'], ['Lieutenants', 'Lieutenant'], ['Lts.', 'Lt.'], ['Colonels', 'Colonel'], ['Cols.', 'Col.'], ['Captains', 'Captain'],
  ['Capts.', 'Capt.'], ['Sergeants', 'Sergeant'], ['Sgts.', 'Sgt.'], ['Admirals', 'Admiral'], ['Adms.', 'Adm.'], ['Commanders', 'Commander'],
  ['Drs.', 'Dr.'], ['Professors', 'Professor'], ['Profs.', 'Prof.'], ['Reverends', 'Reverend'], ['Revs.', 'Rev.'], ['Bishops', 'Bishop'],
  ['Archbishops', 'Archbishop'], ['Rabbis', 'Rabbi'], ['Imams', 'Imam'], ['Detectives', 'Detective'], ['Officers', 'Officer'],
  ['Agents', 'Agent'], ['Commissioners', 'Commissioner'], ['Councilmen', 'Councilman'], ['Councilwomen', 'Councilwoman'],
  ['Councillors', 'Councillor'], ['Chancellors', 'Chancellor'], ['Premiers', 'Premier'], ['Assemblymen', 'Assemblyman'],
];
