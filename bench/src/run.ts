import os from 'node:os';
import { parseArgs } from './args';
import { designerBenchmark } from './designer/index';
import { engineBenchmark } from './engine/index';
import { httpBenchmark } from './http/index';
import { inProcessBenchmark } from './in-process/index';
import { profileWorkload } from './profile/cpu-profile';
import { writeDocument } from './report/document';
import { textSection } from './report/render';
import type { BenchContext, Benchmark, Section } from './report/types';
import { scalingBenchmark } from './scaling/index';
import { memoryBenchmark } from './scaling/memory-benchmark';
import { soakBenchmark } from './soak/index';
import { surveyJsBenchmark } from './surveyjs/index';
import { canCollectGarbage } from './util/heap';

/** Every benchmark, in the order the document shows them. */
const BENCHMARKS: Benchmark[] = [
  engineBenchmark,
  surveyJsBenchmark,
  httpBenchmark,
  scalingBenchmark,
  inProcessBenchmark,
  memoryBenchmark,
  designerBenchmark,
  soakBenchmark,
];

const DOCUMENT = new URL('../../docs/benchmarks.md', import.meta.url);

async function main(): Promise<number> {
  const loadAtStart = os.loadavg();
  const names = BENCHMARKS.map((b) => b.name);
  const args = parseArgs(process.argv.slice(2), names);
  if (!canCollectGarbage()) {
    console.error('Run with node --expose-gc (pnpm bench does): heap per instance needs global.gc().');
    return 2;
  }
  const failures: string[] = [];
  const context: BenchContext = {
    quick: args.quick,
    log: (message) => console.error(`· ${message}`),
    fail: (message) => {
      failures.push(message);
      console.error(`FAILED: ${message}`);
    },
    profile: (workload) => profileWorkload(workload),
  };
  const sections: Section[] = [];
  for (const benchmark of BENCHMARKS) {
    if (args.only !== null && benchmark.name !== args.only) continue;
    try {
      const section = await benchmark.run(context);
      sections.push(section);
      console.log(textSection(section));
    } catch (error) {
      context.fail(
        `${benchmark.name} benchmark stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
  if (args.write && failures.length === 0) {
    const command = ['node --expose-gc --import tsx src/run.ts', ...process.argv.slice(2)].join(' ');
    const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
    writeDocument(
      DOCUMENT.pathname,
      sections,
      names,
      `Measured ${when} UTC with \`${command}\` (in \`bench/\`); load average when the run started ${loadAtStart.map((l) => l.toFixed(1)).join(', ')} (1, 5, 15 min) on ${os.cpus().length} cores: other work on the machine slows every number.`,
    );
    console.log(`\nWrote ${DOCUMENT.pathname}`);
  }
  if (failures.length > 0) {
    console.error(
      `\n${failures.length} correctness check(s) failed:\n${failures.map((f) => `- ${f}`).join('\n')}`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = await main();
