/**
 * Child process of `stress.test.ts`: measures one adversarial case at a time, so the parent can
 * stop a case that blows up instead of waiting for it. Messages: `{ index, n }` → progress
 * `{ phase: 'n', tn, length }`, then `{ phase: 'done', t8n, length8 }`; `{ index, n, profile: true }`
 * → `{ phase: 'profile', hot }`.
 */
import { analyzeArticle } from '../../server/src/core';
import { clearMemos } from '../../server/src/core/memo';
import { CASES, SCALE } from './adversarial';
import { hotFiles } from './profile';

/** Below this, timer noise dominates: the sizes are doubled until time(n) reaches it. */
const MIN_MS = 8;

/** One analysis with every paragraph memo cold: repeated runs of one text would otherwise time memo hits, not the analysis. */
function time(text: string, options: object | undefined): number {
  clearMemos();
  const t0 = process.hrtime.bigint();
  analyzeArticle(text, options);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

process.on('message', async (msg: { index: number; bound: number; profile?: number }) => {
  const c = CASES[msg.index];
  const send = (m: object) => process.send!({ index: msg.index, ...m });
  if (msg.profile !== undefined) {
    send({ phase: 'profile', hot: await hotFiles(c.make(msg.profile), c.options) });
    return;
  }
  let n = Math.max(1, Math.round(c.n * SCALE));
  time(c.make(Math.ceil(n / 8)), c.options); // warm up the JIT
  let small = c.make(n);
  let tn = Infinity;
  for (;;) {
    tn = Infinity;
    for (let i = 0; i < 3; i++) tn = Math.min(tn, time(small, c.options));
    if (tn >= MIN_MS || n >= c.n * 16) break;
    n *= 2;
    small = c.make(n);
  }
  const large = c.make(8 * n);
  send({ phase: 'n', n, tn, length: small.length, length8: large.length });
  let t8n = Infinity;
  for (let i = 0; i < 3; i++) {
    t8n = Math.min(t8n, time(large, c.options));
    if (t8n / tn < msg.bound) break; // more runs can only lower the minimum
  }
  send({ phase: 'done', t8n });
});
