import { fingerpostFixture } from '../journeys/fingerpost-fixture';
import { bytes, count, micros, millis, ratio } from '../report/format';
import type { BenchContext, Benchmark, Section, Verdict } from '../report/types';
import { ajvValidateUs, xstateActorHeap, xstateRestoreUs, xstateSendUs } from './baselines';
import { type CompileRow, compileWorkload, measureCompile } from './compile';
import {
  measureRunHeap,
  measureSnapshots,
  measureSubmissions,
  restoreContinues,
  restoreWorkload,
  submissionWorkload,
} from './submissions';

const TARGET = { compileMs: 300, submitUs: 30, heapBytes: 20 * 1024, restoreUs: 50 };

function sizes(quick: boolean) {
  return quick
    ? {
        compile: [
          [20, 2],
          [50, 2],
        ],
        completions: 4,
        iterations: 50,
        heapCount: 20,
        heapPages: 5,
        profileScale: 0.05,
      }
    : {
        compile: [
          [50, 15],
          [500, 7],
          [5000, 3],
        ],
        completions: 200,
        iterations: 2000,
        heapCount: 1000,
        heapPages: 25,
        profileScale: 1,
      };
}

async function verdict(
  context: BenchContext,
  base: Omit<Verdict, 'limits'>,
  workload: (() => unknown) | null,
  reading = '',
): Promise<Verdict> {
  if (base.met || !workload) return base;
  context.log(`profiling: ${base.what}`);
  return { ...base, limits: `${reading}Profile: ${await context.profile(workload)}` };
}

function compileTable(rows: CompileRow[]) {
  return {
    title: 'Compile (compile cache cleared before every run; median)',
    columns: [
      'Steps',
      'Fields',
      'validateJourney',
      'compileJourney',
      'XState createMachine (flat, same states)',
      'Fingerpost/XState',
    ],
    rows: rows.map((r) => [
      count(r.steps),
      count(r.fields),
      millis(r.validateMs),
      millis(r.compileMs),
      millis(r.xstateMs),
      ratio(r.compileMs, r.xstateMs),
    ]),
  };
}

/** Issue 3 §9: compile, submit, snapshot and restore, and heap per live run, beside raw XState and ajv. */
export const engineBenchmark: Benchmark = {
  name: 'engine',
  async run(context) {
    const size = sizes(context.quick);
    context.log('engine: compile');
    const compileRows = size.compile.map(([pages, runs]) => measureCompile(pages!, runs!));
    context.log('engine: baselines');
    const send = xstateSendUs(context.quick ? 20 : 500);
    const ajvUs = ajvValidateUs(context.quick ? 20 : 500);
    const xstateRestore = xstateRestoreUs(size.iterations);
    const actorHeap = xstateActorHeap(Math.max(500, size.heapCount));
    context.log('engine: submissions');
    const five = fingerpostFixture(50, 5, 'mixed', 1);
    const one = fingerpostFixture(50, 1, 'mixed', 1);
    const submitFive = measureSubmissions(five, size.completions);
    const submitOne = measureSubmissions(one, size.completions);
    const viewFive = measureSubmissions(five, size.completions, true);
    context.log('engine: snapshots');
    const snap = measureSnapshots(five, size.iterations);
    const continuity = restoreContinues(five);
    if (continuity) context.fail(`restore: ${continuity}`);
    context.log('engine: heap');
    const heap = measureRunHeap(five, size.heapCount, size.heapPages);
    const baselineSubmit = send.median + ajvUs;

    const largest = compileRows.at(-1)!;
    // One profile at a time: the profiler samples the whole process.
    const verdicts: Verdict[] = [];
    verdicts.push(
      await verdict(
        context,
        {
          what: `Compile ${count(largest.steps)} steps`,
          target: `< ${TARGET.compileMs} ms (stated for 5,000 steps)`,
          measured: millis(largest.compileMs),
          met: largest.compileMs < TARGET.compileMs,
        },
        context.quick ? null : compileWorkload(5000, 1),
      ),
    );
    verdicts.push(
      await verdict(
        context,
        {
          what: 'Page submission, 5 questions (median)',
          target: `< ${TARGET.submitUs} µs`,
          measured: micros(submitFive.median),
          met: submitFive.median < TARGET.submitUs,
        },
        submissionWorkload(five, Math.ceil(100 * size.profileScale)),
      ),
    );
    verdicts.push(
      await verdict(
        context,
        {
          what: 'Heap per live run, 50-page journey, just started',
          target: `< ${bytes(TARGET.heapBytes)}`,
          measured: bytes(heap.fresh),
          met: heap.fresh < TARGET.heapBytes,
        },
        null,
      ),
    );
    verdicts.push(
      await verdict(
        context,
        {
          what: `Heap per live run, ${size.heapPages} pages answered`,
          target: `< ${bytes(TARGET.heapBytes)}`,
          measured: bytes(heap.answered),
          met: heap.answered < TARGET.heapBytes,
        },
        null,
      ),
    );
    verdicts.push(
      await verdict(
        context,
        {
          what: 'Restore a halfway snapshot (median)',
          target: `< ${TARGET.restoreUs} µs`,
          measured: micros(snap.restoreUs),
          met: snap.restoreUs < TARGET.restoreUs,
        },
        restoreWorkload(five, Math.ceil(3000 * size.profileScale)),
        `JSON.parse of the ${bytes(snap.halfwayBytes)} snapshot alone takes ${micros(snap.parseUs)} of the ${micros(snap.restoreUs)} (native parse time is charged to the bench's calling closure below). `,
      ),
    );

    const section: Section = {
      name: 'engine',
      title: 'Engine (issue 3 §9)',
      method: [
        'Generated journeys (`bench/src/journeys/`): question pages asking a name (2–40 characters), an age (0–120), an email, an optional note (up to 200 characters) and a household size (1–10); every fifth page is shown only when the age three pages earlier is 50 or more (transitions on the page before), then a submitted end.',
        'Compile journeys ask one question a page; the submission, snapshot and heap journey has 50 pages of 5 questions.',
        'A page submission is `run.submit(stepId, formPost)` with every value a string as an HTML form posts it: coercion, ajv validation, the transition and the history events (the target\'s "coerce + validate + transition"). A result builds its view (the page, check-your-answers rows, progress) only when read; the row "with the view read" also reads it, as the JSON API does.',
        `Baselines in the same process: XState ${'`createMachine`'} of a flat machine with as many states, ${'`send`'} on a started 50-state actor, restoring that actor from its persisted snapshot, and ajv validating a 10-field object.`,
        'Checked in the same run (the bench fails otherwise): a run restored from its halfway snapshot finishes with the same answers, status and history length as one never interrupted.',
        'Heap per live run: that many runs kept reachable, `global.gc()` before and after, heapUsed growth divided by the count.',
      ],
      tables: [
        compileTable(compileRows),
        {
          title: 'Page submissions (in process)',
          columns: [
            'Journey',
            'Submissions',
            'Median',
            'p99',
            'Per second (1/mean)',
            'Baseline: XState send + ajv 10 fields',
            'Fingerpost/baseline',
          ],
          rows: [
            [
              '50 pages × 5 questions',
              count(submitFive.count),
              micros(submitFive.median),
              micros(submitFive.p99),
              count(1e6 / submitFive.mean),
              micros(baselineSubmit),
              ratio(submitFive.median, baselineSubmit),
            ],
            [
              '50 pages × 5 questions, with the view read',
              count(viewFive.count),
              micros(viewFive.median),
              micros(viewFive.p99),
              count(1e6 / viewFive.mean),
              micros(baselineSubmit),
              ratio(viewFive.median, baselineSubmit),
            ],
            [
              '50 pages × 1 question',
              count(submitOne.count),
              micros(submitOne.median),
              micros(submitOne.p99),
              count(1e6 / submitOne.mean),
              micros(baselineSubmit),
              ratio(submitOne.median, baselineSubmit),
            ],
            [
              'Baseline: XState send (50-state actor)',
              '',
              micros(send.median),
              micros(send.p99),
              count(1e6 / send.median),
              '',
              '',
            ],
            ['Baseline: ajv, 10-field object', '', micros(ajvUs), '', count(1e6 / ajvUs), '', ''],
          ],
        },
        {
          title: 'Snapshot and restore (50 pages × 5 questions)',
          columns: ['Measure', 'Fingerpost', 'Baseline (XState 50-state actor)', 'Fingerpost/baseline'],
          rows: [
            ['Snapshot JSON, halfway', bytes(snap.halfwayBytes), '', ''],
            ['Snapshot JSON, finished', bytes(snap.finishedBytes), '', ''],
            ['snapshot() (median)', micros(snap.snapshotUs), '', ''],
            [
              'Restore halfway snapshot incl. JSON.parse (median)',
              micros(snap.restoreUs),
              micros(xstateRestore),
              ratio(snap.restoreUs, xstateRestore),
            ],
            ['of which JSON.parse of the snapshot', micros(snap.parseUs), '', ''],
            [
              'Snapshot JSON, halfway, without history (`snapshot({ history: false })`)',
              bytes(snap.leanBytes),
              '',
              '',
            ],
            [
              'Restore that incl. JSON.parse (median; the server adds the history from its events table)',
              micros(snap.leanRestoreUs),
              micros(xstateRestore),
              ratio(snap.leanRestoreUs, xstateRestore),
            ],
          ],
        },
        {
          title: `Heap per live instance (${count(size.heapCount)} kept, after GC)`,
          columns: ['Instance', 'Fingerpost', 'Baseline (XState 50-state actor)', 'Fingerpost/baseline'],
          rows: [
            ['Run, just started', bytes(heap.fresh), bytes(actorHeap), ratio(heap.fresh, actorHeap)],
            [
              `Run, ${size.heapPages} pages answered`,
              bytes(heap.answered),
              bytes(actorHeap),
              ratio(heap.answered, actorHeap),
            ],
          ],
        },
      ],
      verdicts,
      notes: context.quick ? ['Quick run (tiny sizes): the numbers only show that the benchmark works.'] : [],
    };
    return section;
  },
};
