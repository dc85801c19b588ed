import { exposedGc } from '../../server/src/lsp/idleCollector';

/** V8's full collection, as the server takes it (`--expose-gc` is not needed on the command line). */
const gc = exposedGc()!;

/** Whether `ref`'s target was collected (a WeakRef's target lives until the job ends: one turn first). */
export async function collected(ref: WeakRef<object>): Promise<boolean> {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return ref.deref() === undefined;
}
