import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summariseProfile } from '../profile/cpu-profile';
import { startChild } from './child';
import { type LoadResult, type Resident, runLoad } from './load';
import { residentPool, startResidents, statusOf } from './residents';
import type { HttpWorkload } from './workload';

export interface LoadSizes {
  connections: number;
  /** Requests sent before measuring (the server warms up; its rate sizes the resident pool). */
  warmup: number;
  /** How long the measured run lasts. */
  seconds: number;
}

export interface Measured {
  load: LoadResult;
  source: string;
  /** Broken facts: failed requests, applications not completed. */
  problems: string[];
}

/** The bare endpoint under the same load: same bodies, same connections, no engine, no storage. */
export async function measureBare(workload: HttpWorkload, sizes: LoadSizes): Promise<Measured> {
  const child = await startChild({ kind: 'bare', pages: workload.spec.pages.length });
  try {
    let n = 0;
    const common = {
      url: child.url,
      connections: sizes.connections,
      sequence: workload.sequence,
      pathOf: (r: Resident, stepId: string) => `/bare/${r.instanceId}/steps/${stepId}`,
      take: (): Resident => ({ instanceId: `resident-${n++}`, resumeToken: 'none' }),
    };
    await runLoad({ ...common, amount: sizes.warmup * 4 });
    const load = await runLoad({ ...common, seconds: sizes.seconds });
    const problems = load.failed > 0 ? [`bare endpoint: ${load.failed} requests failed`] : [];
    return { load, source: child.source, problems };
  } finally {
    await child.stop();
  }
}

/** Applications for `requests` submissions, plus one in progress per connection per run. */
function residentsFor(workload: HttpWorkload, requests: number, connections: number): number {
  return Math.ceil(requests / workload.sequence.length) + connections + 10;
}

/**
 * Step submissions through the real server on the given storage: residents started first, a
 * warm-up, the measured run, then a read-back that the finished applications are completed.
 * The pool of started applications is sized from the warm-up's rate, twelve times over.
 * With `profile` the server's CPU is profiled during the measured run and summarised.
 */
export async function measureServer(
  workload: HttpWorkload,
  sizes: LoadSizes,
  storage: { kind: 'sqlite' | 'postgres'; storageUrl: string },
  profile = false,
): Promise<Measured & { profile?: string }> {
  const profileDir = profile ? mkdtempSync(join(tmpdir(), 'fingerpost-bench-prof-')) : undefined;
  const profileFile = profileDir ? join(profileDir, 'server.cpuprofile') : undefined;
  const child = await startChild({
    ...storage,
    pages: workload.spec.pages.length,
    journeysDir: workload.journeysDir,
    ...(profileFile ? { profileFile } : {}),
  });
  let stopped = false;
  try {
    const start = (count: number) => startResidents(child.url, workload.journey.id, count);
    const warmPool = residentPool(await start(residentsFor(workload, sizes.warmup, sizes.connections)));
    const common = {
      url: child.url,
      connections: sizes.connections,
      sequence: workload.sequence,
      pathOf: (r: Resident, stepId: string) => `/api/v1/instances/${r.instanceId}/steps/${stepId}`,
    };
    const warm = await runLoad({ ...common, amount: sizes.warmup, take: warmPool.take });
    // The warm-up runs while the server is still compiling its hot paths: warmed up it has run
    // five times faster than that, so the pool allows twelve times the warm-up's rate.
    const expected = Math.max(warm.perSecond, 100) * sizes.seconds * 12;
    const pool = residentPool(await start(residentsFor(workload, expected, sizes.connections)));
    if (profileFile) child.startProfiling();
    const load = await runLoad({
      ...common,
      seconds: sizes.seconds,
      take: pool.take,
      finished: pool.finished,
    });
    const problems: string[] = [];
    const failed = warm.failed + load.failed;
    if (failed > 0)
      problems.push(
        `${storage.kind}: ${failed} of ${warm.requests + load.requests} submissions failed (warm-up ${warm.statuses}; measured ${load.statuses})`,
      );
    if (warmPool.exhausted() || pool.exhausted())
      problems.push(
        `${storage.kind}: ran out of started applications (warm-up ${warmPool.taken()} taken, measured ${pool.taken()} taken)`,
      );
    for (const resident of [...warmPool.finishedResidents(), ...pool.finishedResidents()].slice(0, 20)) {
      const status = await statusOf(child.url, resident);
      if (status !== 'completed') {
        problems.push(`${storage.kind}: application ${resident.instanceId} is ${status} after all its pages`);
      }
    }
    if (problems.length > 0) problems.push(`${storage.kind} server log tail: ${child.stderr().slice(-2000)}`);
    if (!profileFile) return { load, source: child.source, problems };
    await child.stop();
    stopped = true;
    // FINGERPOST_BENCH_PROFILE_DIR keeps the raw profile (open it in Chrome's DevTools).
    const keep = process.env.FINGERPOST_BENCH_PROFILE_DIR;
    if (keep && existsSync(profileFile))
      copyFileSync(profileFile, join(keep, `${storage.kind}-server.cpuprofile`));
    const summary = existsSync(profileFile)
      ? summariseProfile(JSON.parse(readFileSync(profileFile, 'utf8')))
      : 'no profile was written';
    return { load, source: child.source, problems, profile: summary };
  } finally {
    if (!stopped) await child.stop();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  }
}
