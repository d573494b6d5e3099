import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const IGNORED = new Set(['(idle)', '(program)', '(root)']);

/** Where a frame's code lives, short: "core/dist/index.js", "server/runtime/instances.ts", "xstate". */
function placeOf(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [scope, name] = path.slice(modules + '/node_modules/'.length).split('/');
    return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? path);
  }
  const workspace = path.match(/\/(packages|bench|apps)\/(.+)$/);
  if (workspace) {
    const inside = workspace[2]!.replace(/^src\//, '').replace('/src/', '/');
    return workspace[1] === 'bench' ? `bench/${inside}` : inside;
  }
  return path.split('/').slice(-2).join('/');
}

function frameName(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  const name = functionName || '(anonymous)';
  return url ? `${name} (${placeOf(url)})` : name;
}

function isOurs(url: string): boolean {
  return /\/(packages|bench)\//.test(url) && !url.includes('/node_modules/');
}

/**
 * The frames a profile spends most time in: by self time, and by inclusive time for Fingerpost's
 * own functions (so "buildView 40%" says where a submission's time goes).
 */
export function summariseProfile(profile: Profile, top = 6): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const id of profile.samples) {
    const node = byId.get(id);
    if (!node || IGNORED.has(node.callFrame.functionName)) continue;
    total++;
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + 1);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!;
      if (!isOurs(frame.callFrame.url) || frame.callFrame.url.includes('/bench/')) continue;
      const key = frameName(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + 1);
    }
  }
  // Entry points (the run's submit, say) hold nearly every sample and say nothing; skip them.
  const list = (m: Map<string, number>, ceiling = 1) =>
    [...m]
      .filter(([, n]) => n <= ceiling * total)
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, n]) => `${name} ${((100 * n) / total).toFixed(0)}%`)
      .join(', ');
  return `Top self time: ${list(self)}. Fingerpost functions by inclusive time (below 90%): ${list(inclusive, 0.9)}.`;
}

/**
 * Runs a workload under V8's CPU profiler (the profiler `--cpu-prof` writes to disk, here in
 * process so only the workload is sampled) and summarises where the time went.
 * @example await profileWorkload(() => { for (let i = 0; i < 1e4; i++) run.submit(id, post); })
 */
export async function profileWorkload(workload: () => unknown): Promise<string> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    await workload();
    const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
    return summariseProfile(profile);
  } finally {
    session.disconnect();
  }
}
