import { type JourneySnapshot, restoreJourney, startJourney } from '@fingerpost/core';
import { answerPages, FIXED_CLOCK, type FingerpostFixture } from '../journeys/fingerpost-fixture';
import { heapPerInstance } from '../util/heap';
import { type Summary, summarise, timeEach } from '../util/stats';

/**
 * µs per page submission (coerce + validate + transition + history), and with `withView` also
 * building the view the API returns, over `completions` residents each answering every page; the
 * first few residents warm up untimed.
 */
export function measureSubmissions(
  fixture: FingerpostFixture,
  completions: number,
  withView = false,
): Summary {
  for (let i = 0; i < Math.min(20, completions); i++)
    answerPages(startJourney(fixture.compiled, { clock: FIXED_CLOCK }), fixture.posts);
  const times: number[] = [];
  for (let i = 0; i < completions; i++) {
    const run = startJourney(fixture.compiled, { clock: FIXED_CLOCK });
    answerPages(run, fixture.posts, Number.POSITIVE_INFINITY, (us) => times.push(us), withView);
  }
  return summarise(times);
}

/**
 * Residents answering every page, for the profiler: the pages' order is found once, so the
 * profile shows submissions and not the views the timings leave out.
 */
export function submissionWorkload(fixture: FingerpostFixture, completions: number): () => void {
  const order: string[] = [];
  const probe = startJourney(fixture.compiled, { clock: FIXED_CLOCK });
  for (let view = probe.view(); view.status === 'inProgress'; ) {
    order.push(view.step.id);
    const result = probe.submit(view.step.id, fixture.posts[view.step.id] ?? {});
    if (!result.ok) throw new Error(`page ${view.step.id} was refused`);
    view = result.view;
  }
  return () => {
    for (let i = 0; i < completions; i++) {
      const run = startJourney(fixture.compiled, { clock: FIXED_CLOCK });
      for (const page of order) run.submit(page, fixture.posts[page] ?? {});
    }
  };
}

/** The JSON of a snapshot taken after `pages` pages (all of them when absent). */
export function snapshotText(fixture: FingerpostFixture, pages?: number): string {
  const run = startJourney(fixture.compiled, { clock: FIXED_CLOCK });
  answerPages(run, fixture.posts, pages);
  return JSON.stringify(run.snapshot());
}

export interface SnapshotStats {
  halfwayBytes: number;
  /** The halfway snapshot without its history, as the server's instance row keeps it. */
  leanBytes: number;
  leanRestoreUs: number;
  finishedBytes: number;
  snapshotUs: number;
  restoreUs: number;
  /** The JSON.parse inside restoreUs, on its own. */
  parseUs: number;
}

/** Snapshot sizes, and the median µs of `snapshot()` and of restoring (JSON.parse included). */
export function measureSnapshots(fixture: FingerpostFixture, iterations: number): SnapshotStats {
  const halfway = Math.floor(fixture.spec.pages.length / 2);
  const text = snapshotText(fixture, halfway);
  const run = startJourney(fixture.compiled, { clock: FIXED_CLOCK });
  answerPages(run, fixture.posts, halfway);
  const lean = JSON.stringify(run.snapshot({ history: false }));
  const restoreFrom = (json: string) => () => {
    const restored = restoreJourney(fixture.compiled, JSON.parse(json), { clock: FIXED_CLOCK });
    if (!restored.ok) throw new Error(`restore failed: ${restored.error.message}`);
  };
  const restore = restoreFrom(text);
  return {
    halfwayBytes: Buffer.byteLength(text),
    leanBytes: Buffer.byteLength(lean),
    leanRestoreUs: summarise(timeEach(iterations, restoreFrom(lean), 50)).median,
    finishedBytes: Buffer.byteLength(snapshotText(fixture)),
    snapshotUs: summarise(timeEach(iterations, () => run.snapshot(), 50)).median,
    restoreUs: summarise(timeEach(iterations, restore, 50)).median,
    parseUs: summarise(timeEach(iterations, () => JSON.parse(text), 50)).median,
  };
}

/** Restores of a halfway snapshot, for the profiler. */
export function restoreWorkload(fixture: FingerpostFixture, iterations: number): () => void {
  const text = snapshotText(fixture, Math.floor(fixture.spec.pages.length / 2));
  // Named so the profile shows the parse (native time is charged to its caller) apart from the restore.
  const parseSnapshot = () => JSON.parse(text) as JourneySnapshot;
  return () => {
    for (let i = 0; i < iterations; i++)
      restoreJourney(fixture.compiled, parseSnapshot(), { clock: FIXED_CLOCK });
  };
}

/** Heap bytes per live run: just started, and with `pages` pages answered. */
export function measureRunHeap(
  fixture: FingerpostFixture,
  count: number,
  pages: number,
): { fresh: number; answered: number } {
  const start = () => startJourney(fixture.compiled, { clock: FIXED_CLOCK });
  answerPages(start(), fixture.posts, pages);
  return {
    fresh: heapPerInstance(count, start),
    answered: heapPerInstance(count, () => {
      const run = start();
      answerPages(run, fixture.posts, pages);
      return run;
    }),
  };
}

/**
 * A correctness fact the numbers rely on: a run restored from its halfway snapshot finishes with
 * the same answers, status and history length as the run that was never interrupted.
 * @example restoreContinues(fixture) // null, or what differed
 */
export function restoreContinues(fixture: FingerpostFixture): string | null {
  const whole = startJourney(fixture.compiled, { clock: FIXED_CLOCK });
  const wholeView = answerPages(whole, fixture.posts);
  const restored = restoreJourney(
    fixture.compiled,
    JSON.parse(snapshotText(fixture, Math.floor(fixture.spec.pages.length / 2))),
    {
      clock: FIXED_CLOCK,
    },
  );
  if (!restored.ok) return `the halfway snapshot did not restore: ${restored.error.message}`;
  const restoredView = answerPages(restored.run, fixture.posts);
  if (restoredView.status !== wholeView.status || restoredView.step.id !== wholeView.step.id) {
    return `the restored run ended ${restoredView.status} on ${restoredView.step.id}, the whole run ${wholeView.status} on ${wholeView.step.id}`;
  }
  if (JSON.stringify(restored.run.answers) !== JSON.stringify(whole.answers))
    return 'the restored run kept different answers';
  if (restored.run.history().length !== whole.history().length)
    return 'the restored run has a different history length';
  return null;
}
