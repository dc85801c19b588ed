/**
 * No superlinear blow-up: adversarial inputs (`adversarial.ts`) are analysed at two sizes, n and
 * 8n (the minimum of up to three runs each), and time(8n)/time(n) must stay under a generous
 * bound. Never an absolute time, so a slow CI machine does not fail it. The measuring runs in a
 * child process that is stopped as soon as the 8n run is past the bound, so a quadratic case
 * fails quickly instead of hanging the suite; the failure message then names the source files
 * that took the time (from a CPU profile at size n): the module to fix.
 */
import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { CASES } from './adversarial';

/** Linear is 8; n log n is about 9 to 10; quadratic is 64. */
const BOUND = 24;
const WORKER = path.resolve(__dirname, 'stressWorker.ts');

interface Reply {
  index: number;
  phase: 'n' | 'done' | 'profile';
  n?: number;
  tn?: number;
  t8n?: number;
  length?: number;
  length8?: number;
  hot?: string;
}

let worker: ChildProcess | null = null;
function ensureWorker(): ChildProcess {
  if (!worker || worker.exitCode !== null || worker.killed) {
    worker = fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  }
  return worker;
}
function stopWorker(): void {
  worker?.kill('SIGKILL');
  worker = null;
}

/** Sends a request and collects replies until `done(reply)`, or rejects after `timeout(replies)` ms. */
function ask(msg: object, done: (r: Reply) => boolean, timeoutFor: (last: Reply | null) => number): Promise<Reply[]> {
  const w = ensureWorker();
  const replies: Reply[] = [];
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        w.off('message', onMessage);
        stopWorker();
        reject(Object.assign(new Error('timeout'), { replies }));
      }, timeoutFor(replies.at(-1) ?? null));
    };
    const onMessage = (r: Reply) => {
      replies.push(r);
      if (done(r)) {
        clearTimeout(timer);
        w.off('message', onMessage);
        resolve(replies);
      } else arm();
    };
    w.on('message', onMessage);
    w.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the measuring process exited (${code})`));
    });
    arm();
    w.send(msg);
  });
}

describe(`analysis time grows linearly: time(8n)/time(n) < ${BOUND}`, () => {
  after(stopWorker);
  CASES.forEach((c, index) => {
    it(c.name, async (t) => {
      /** One measurement of n and 8n; a quadratic 8n run is stopped once past the bound. */
      const measure = async (): Promise<{ small: Reply; t8n: number; timedOut: boolean }> => {
        try {
          const replies = await ask(
            { index, bound: BOUND },
            (r) => r.phase === 'done',
            // the small size gets a minute; the large one only until it is past the bound
            (last) => (last?.phase === 'n' ? Math.max(3_000, 1.25 * BOUND * last.tn!) : 60_000),
          );
          return { small: replies.find((r) => r.phase === 'n')!, t8n: replies.find((r) => r.phase === 'done')!.t8n!, timedOut: false };
        } catch (e) {
          const small = ((e as { replies?: Reply[] }).replies ?? []).find((r) => r.phase === 'n');
          if (!small) throw new Error(`"${c.name}": size n did not finish within a minute (${(e as Error).message})`);
          return { small, t8n: Math.max(3_000, 1.25 * BOUND * small.tn!), timedOut: true };
        }
      };
      let { small, t8n, timedOut } = await measure();
      if (t8n / small.tn! >= BOUND) {
        // a busy machine can stall one run; a real superlinear cost fails the second measurement too
        const again = await measure();
        if (again.t8n / again.small.tn! < t8n / small.tn!) ({ small, t8n, timedOut } = again);
      }
      const ratio = t8n / small.tn!;
      t.diagnostic(`n: ${small.length} code units in ${small.tn!.toFixed(1)} ms; 8n: ${small.length8} in ${timedOut ? `more than ${t8n.toFixed(0)}` : t8n.toFixed(1)} ms; ratio ${timedOut ? '>' : ''}${ratio.toFixed(1)}`);
      if (ratio >= BOUND) {
        let hot = '(no profile)';
        try {
          hot = (await ask({ index, profile: small.n }, (r) => r.phase === 'profile', () => 60_000))[0].hot!;
        } catch {
          // the message below is still useful without the profile
        }
        assert.fail(
          `superlinear analysis time for "${c.name}": time(8n)/time(n) ${timedOut ? '>' : '='} ${ratio.toFixed(1)} ` +
            `(bound ${BOUND}; n = ${small.length} code units took ${small.tn!.toFixed(1)} ms, 8n = ${small.length8} took ` +
            `${timedOut ? `more than ${t8n.toFixed(0)} ms (stopped)` : `${t8n.toFixed(1)} ms`}). ` +
            `Hot spots at n (self time; the module to fix): ${hot}`,
        );
      }
    });
  });
});
