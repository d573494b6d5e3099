import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';

const root = join(__dirname, '..', '..', '..');
const examples = join(root, 'examples');

/** Every journey.json under examples/, including older and newer published versions. */
function exampleJourneys(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'scenarios') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'journey.json') found.push(path);
    }
  };
  walk(examples);
  return found.sort();
}

async function run(args: string[]) {
  let out = '';
  const write = (t: string) => {
    out += t;
  };
  const code = await main(args, { stdout: { write }, stderr: { write }, cwd: root });
  return { code, out };
}

describe('the example council journeys', () => {
  const journeys = exampleJourneys();

  it('include the nine services and a second version of free school meals', () => {
    expect(journeys.length).toBeGreaterThanOrEqual(10);
    expect(existsSync(join(examples, 'free-school-meals', 'versions', '2.0.0', 'journey.json'))).toBe(true);
  });

  it('all validate', async () => {
    const result = await run(['validate', ...journeys]);
    expect(result.out).toContain(`${journeys.length} files checked: ${journeys.length} valid, 0 invalid`);
    expect(result.code).toBe(0);
  });

  for (const journey of journeys) {
    it(`${relative(examples, journey)}: scenarios pass, routes explore cleanly, every eligibility rule is reached`, async () => {
      const result = await run(['test', journey, '--require-full-rule-coverage']);
      if (result.code !== 0) expect.fail(result.out);
      expect(result.out).toMatch(/✓/);
    });
  }
});
