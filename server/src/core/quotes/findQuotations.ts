import { idOf } from '../ids';
import type { ScannedDocument } from '../markup/scan';
import type { Quotation } from '../types';
import { isJsSpace } from '../words';
import { styleOf } from './marks';
import { scanQuoteMarks } from './scanMarks';

/**
 * Finds every quotation in the article text of `doc` (excluded regions never count), in
 * document order, with `parentId` set for quotes inside quotes. Kinds are provisional
 * (`direct`) until attribution classifies them; speakers are null.
 */
export function findQuotations(doc: ScannedDocument): Quotation[] {
  const { quotations: raw } = scanQuoteMarks(doc);
  const out: Quotation[] = [];
  const open: Quotation[] = [];
  for (const r of raw) {
    while (open.length && open[open.length - 1].span.end <= r.start) open.pop();
    const parent = open.length ? open[open.length - 1] : null;
    const q: Quotation = {
      id: idOf('q', out.length),
      span: { start: r.start, end: r.end },
      text: innerText(doc.masked, r.start, r.end, r.closed),
      kind: 'direct',
      style: styleOf(r.openChar),
      closed: r.closed,
      parentId: parent && parent.span.end >= r.end ? parent.id : null,
      paragraph: r.paragraph,
      speaker: null,
    };
    out.push(q);
    open.push(q);
  }
  return out;
}

/** The quoted words without the outer marks and surrounding spaces (guillemets often have them). */
function innerText(text: string, start: number, end: number, closed: boolean): string {
  const [a, b] = innerBounds(text, start, end, closed);
  return text.slice(a, b);
}

/** Where a quotation's words start and end: inside the marks, without the spaces there. */
export function innerBounds(text: string, start: number, end: number, closed: boolean): [number, number] {
  let a = start + 1;
  let b = closed ? end - 1 : end;
  while (a < b && isJsSpace(text.charCodeAt(a))) a++;
  while (b > a && isJsSpace(text.charCodeAt(b - 1))) b--;
  return [a, b];
}
