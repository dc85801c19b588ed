/**
 * Where the time of one analysis goes: a V8 CPU profile of `analyzeArticle`, summed by
 * function and source file, so a scaling failure names the module to fix.
 */
import { Session } from 'node:inspector';
import * as path from 'node:path';
import { analyzeArticle, type AnalyzeOptions } from '../../server/src/core';

/** Which source files took the time of one analysis (self time from a CPU profile). */
export async function hotFiles(text: string, options?: Partial<AnalyzeOptions>): Promise<string> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
  try {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
    analyzeArticle(text, options);
    const { profile } = await post<{ profile: { nodes: { callFrame: { url: string; functionName: string }; hitCount?: number }[] } }>('Profiler.stop');
    const byFile = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      total += hits;
      const url = node.callFrame.url.replace(/^file:\/\//, '');
      const file = url.includes('/node_modules/') ? `node_modules/${url.split('/node_modules/')[1].split('/')[0]}` : url ? path.relative(path.resolve(__dirname, '../..'), url) : `(${node.callFrame.functionName || 'native'})`;
      const key = `${file} ${node.callFrame.functionName || '(anonymous)'}`;
      byFile.set(key, (byFile.get(key) ?? 0) + hits);
    }
    return [...byFile]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, hits]) => `${Math.round((100 * hits) / Math.max(1, total))}% ${k}`)
      .join('; ');
  } finally {
    session.disconnect();
  }
}

