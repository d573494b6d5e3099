import { readFileSync } from 'node:fs';
import os from 'node:os';
import { buildState } from './build-state';

const root = new URL('../../../', import.meta.url);

function versionOf(packageJson: string): string {
  try {
    const parsed = JSON.parse(readFileSync(new URL(packageJson, root), 'utf8')) as { version?: string };
    return parsed.version ?? '?';
  } catch {
    return 'not installed';
  }
}

/** The machine and software the numbers were measured on, as a markdown list. */
export function machineLines(): string[] {
  const cpus = os.cpus();
  const memory = (os.totalmem() / 1024 ** 3).toFixed(1);
  const versions = [
    ['@fingerpost/core', 'packages/core/package.json'],
    ['@fingerpost/server', 'packages/server/package.json'],
    ['xstate', 'packages/core/node_modules/xstate/package.json'],
    ['ajv', 'packages/core/node_modules/ajv/package.json'],
    ['survey-core', 'bench/node_modules/survey-core/package.json'],
    ['hono', 'bench/node_modules/hono/package.json'],
    ['autocannon', 'bench/node_modules/autocannon/package.json'],
    ['better-sqlite3', 'packages/server/node_modules/better-sqlite3/package.json'],
    ['pg', 'packages/server/node_modules/pg/package.json'],
  ].map(([name, file]) => `${name} ${versionOf(file!)}`);
  return [
    `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} logical cores`,
    `- Memory: ${memory} GB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node ${process.version}`,
    `- Packages: ${versions.join(', ')}`,
    `- Builds measured: ${['schema', 'core', 'server'].map((p) => `@fingerpost/${p} ${buildState(p)}`).join('; ')}`,
  ];
}
