// `npm run eval`: accuracy of the quotation and entity engines, with the targets from the issues.
// Prints a Markdown table (pasted into the README) and writes bench/results/eval.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { evaluateEntities } from './entities';
import { evaluateNews, evaluateQuotes } from './quotes';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

interface Row {
  measure: string;
  value: number;
  target: string;
  ok: boolean;
}

async function main(): Promise<void> {
  const [q, e] = await Promise.all([evaluateQuotes(), evaluateEntities()]);
  // written by someone who never saw the engine, and never used to tune it: the honest numbers
  const h = evaluateNews(path.resolve(__dirname, '../../test/fixtures/news-quotes-heldout'));
  const rows: Row[] = [
    { measure: `Quotations found, F1 (held-out news: ${h.documents} articles, ${h.finding.gold} quotations)`, value: h.finding.f1, target: '≥ 95%', ok: h.finding.f1 >= 0.95 },
    { measure: `Attributed quotations wrongly flagged (held-out, ${h.counts.attributed})`, value: h.attributedFlagged, target: '≤ 2%', ok: h.attributedFlagged <= 0.02 },
    { measure: `Unattributed quotations flagged (held-out, ${h.counts.unattributed})`, value: h.unattributedFlagged, target: '≥ 90%', ok: h.unattributedFlagged >= 0.9 },
    { measure: 'Right speaker, pronouns resolved (held-out)', value: h.speakerAccuracy, target: '≥ 90%', ok: h.speakerAccuracy >= 0.9 },
    { measure: `Quotations found, F1 (development news set: ${q.news.documents} articles)`, value: q.news.finding.f1, target: '≥ 95%', ok: q.news.finding.f1 >= 0.95 },
    { measure: 'Attributed quotations wrongly flagged (news)', value: q.news.attributedFlagged, target: '≤ 2%', ok: q.news.attributedFlagged <= 0.02 },
    { measure: 'Unattributed quotations flagged (news)', value: q.news.unattributedFlagged, target: '≥ 90%', ok: q.news.unattributedFlagged >= 0.9 },
    { measure: 'Right speaker, attributed quotations (news)', value: q.news.speakerAccuracy, target: '≥ 90%', ok: q.news.speakerAccuracy >= 0.9 },
    { measure: 'Quotation kind right (news)', value: q.news.kindAccuracy, target: '—', ok: true },
  ];
  if (q.litbank) {
    rows.push(
      { measure: `Quotations found, F1 (LitBank fiction: ${q.litbank.documents} excerpts)`, value: q.litbank.finding.f1, target: '—', ok: true },
      { measure: `Right speaker (LitBank, ${q.litbank.speakerGold} quotes with a named speaker)`, value: q.litbank.speakerAccuracy, target: '—', ok: true },
    );
  }
  rows.push(
    { measure: `Named mentions found, F1 (GUM: ${e.documents} documents)`, value: e.mention.f1, target: '≥ 90%', ok: e.mention.f1 >= 0.9 },
    { measure: 'Clustering, B-cubed F1 (GUM)', value: e.bcubed.f1, target: '≥ 90%', ok: e.bcubed.f1 >= 0.9 },
    { measure: `Entities with 2+ names merged completely (GUM: ${e.multiNameMerged.total})`, value: e.multiNameMerged.share, target: '≥ 70%', ok: e.multiNameMerged.share >= 0.7 },
    { measure: 'Mention type right (GUM)', value: e.typeAccuracy, target: '≥ 85%', ok: e.typeAccuracy >= 0.85 },
  );
  console.log('| Measure | Copydesk | Target |');
  console.log('| --- | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.measure} | ${pct(r.value)}${r.target === '—' ? '' : r.ok ? ' ✅' : ' ❌'} | ${r.target} |`);
  const mm = e.multiNameMerged;
  console.log(`\nGUM entities with 2+ names not merged completely: ${mm.unfound} have a mention no prediction finds (${e.nested.insidePrediction} gold mentions in all lie inside a longer predicted one), ${mm.split} are found in full but split.`);
  const out = path.resolve(__dirname, '../results');
  mkdirSync(out, { recursive: true });
  if (process.argv.includes('--errors')) console.log(['', 'Held-out errors:', ...h.errors].join('\n'));
  writeFileSync(path.join(out, 'eval.json'), JSON.stringify({ date: new Date().toISOString(), heldOut: { ...h, errors: undefined }, quotes: { ...q, news: { ...q.news, errors: undefined } }, entities: e }, null, 2));
}

void main();
