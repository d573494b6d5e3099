import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/*
 * A regular expression cannot be interrupted on the thread running it, so matches run in a worker
 * that is terminated if it does not answer in time. The limit guards against a hang (a
 * catastrophic pattern runs for minutes or years on the inputs used); it is not a speed test.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { compileAnswerPattern } = require(workerData.schema);
parentPort.on('message', ({ pattern, inputs }) => {
  // As the engine applies a journey's pattern: to the whole answer, on the engine core's forms use
  // (core/src/forms/page-schema.ts, ajv-instance.ts).
  const re = compileAnswerPattern('^(?:' + pattern + ')$');
  for (const input of inputs) re.test(input);
  parentPort.postMessage('done');
});
`;

export interface RegexWatchdog {
  /** 'done', or 'hung' when matching `inputs` took longer than `limitMs`. */
  matchAll(pattern: string, inputs: string[], limitMs: number): Promise<'done' | 'hung'>;
  close(): Promise<void>;
}

/** The built @fingerpost/schema, as the server loads it. */
const schema = createRequire(import.meta.url).resolve('@fingerpost/schema');
const start = () => new Worker(WORKER, { eval: true, workerData: { schema } });

export function regexWatchdog(): RegexWatchdog {
  let worker = start();
  return {
    matchAll(pattern, inputs, limitMs) {
      return new Promise((resolve, reject) => {
        const onMessage = () => {
          clearTimeout(timer);
          worker.off('error', onError);
          resolve('done');
        };
        const onError = (error: Error) => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          reject(error);
        };
        const timer = setTimeout(() => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          void worker.terminate();
          worker = start();
          resolve('hung');
        }, limitMs);
        worker.once('message', onMessage);
        worker.once('error', onError);
        worker.postMessage({ pattern, inputs });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
