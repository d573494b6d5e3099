import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Journey } from '@fingerpost/schema';
import { chromium } from 'playwright-core';
import { loadServerModule } from '../http/server-module';
import { describeJourney } from '../journeys/description';
import { toFingerpost } from '../journeys/to-fingerpost';
import { count, millis, ratio } from '../report/format';
import type { Benchmark, Section } from '../report/types';
import { summarise } from '../util/stats';
import { dragStep, frameIntervals, signedInPage, timeToInteractive } from './browser-measures';

const DIST = new URL('../../../apps/designer/dist/', import.meta.url).pathname;
const CHROMIUM = '/usr/bin/chromium';
const TOKEN = 'bench-designer-token';
const OPENS = 3;
/** One 60 Hz refresh: a frame that takes longer shows as a longer interval. */
const FRAME_MS = 1000 / 60;

const p95 = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? Number.NaN;
};

/** Whether the built designer runs React's development build, which would measure the wrong thing. */
function developmentBuild(): boolean {
  const assets = join(DIST, 'assets');
  return readdirSync(assets)
    .filter((f) => f.startsWith('index-') && f.endsWith('.js'))
    .some((f) => readFileSync(join(assets, f), 'utf8').includes('jsxDEV'));
}

function generated(steps: number): Journey {
  // describeJourney's pages plus the end step: `steps` steps in all.
  const journey = toFingerpost(describeJourney(steps - 1, 1));
  return { ...journey, id: `bench-designer-${steps}` };
}

/** Issue 7 §4: a 300-step journey in the designer, in headless Chromium. */
export const designerBenchmark: Benchmark = {
  name: 'designer',
  async run(context) {
    const steps = context.quick ? 30 : 300;
    const baselineSteps = 10;
    const section: Section = {
      name: 'designer',
      title: 'Designer (issue 7 §4)',
      method: [
        `The built designer (apps/designer/dist) served with the server on SQLite (a temporary file), in Debian's Chromium, headless, 1600×1100. A generated journey of ${count(steps)} steps (one question a page, every fifth page conditional, then an end) is saved as a draft and opened in the editor in a fresh tab, ${OPENS} times; the baseline is a ${baselineSteps}-step journey opened the same way in the same run.`,
        '"Map shown": from navigation until every step is on the map. "Interactive": until, after that, a click on the last step has selected it (its properties open).',
        'Drag: a step dragged by its handle, one small pointer move every 16 ms for 60 moves; frame times are the intervals between animation frames meanwhile. Baseline: the same tab with nothing happening for as long.',
      ],
      tables: [],
      verdicts: [],
      notes: [],
    };
    if (!existsSync(join(DIST, 'index.html')) || !existsSync(CHROMIUM)) {
      section.notes.push(`Not measured: needs the built designer (pnpm build) and ${CHROMIUM}.`);
      return section;
    }
    if (developmentBuild()) {
      section.notes.push(
        'Not measured: apps/designer/dist is a development build (React in development mode); run pnpm build.',
      );
      return section;
    }
    const server = await loadServerModule();
    if (!server) {
      section.notes.push('Not measured: @fingerpost/server could not be loaded.');
      return section;
    }
    const dir = mkdtempSync(join(tmpdir(), 'fingerpost-bench-designer-'));
    const create = server.createServer as unknown as (options: Record<string, unknown>) => Promise<{
      url: string;
      close(): Promise<void>;
    }>;
    const running = await create({
      storage: server.openStorage(`sqlite:${join(dir, 'designer.db')}`),
      journeysDir: join(dir, 'journeys'),
      designerDir: DIST,
      port: 0,
      host: '127.0.0.1',
      rateLimit: false,
      purgeIntervalMs: 0,
      log: () => {},
      tokens: { designers: { [TOKEN]: { id: 'bench' } } },
    });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const open = async (journey: Journey) => {
        const saved = await fetch(
          `${running.url}/api/v1/journeys/${journey.id}/versions/${journey.version}`,
          {
            method: 'PUT',
            headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
            body: JSON.stringify(journey),
          },
        );
        if (!saved.ok) throw new Error(`saving ${journey.id} answered ${saved.status}`);
        const url = `${running.url}/designer/journeys/${journey.id}/${journey.version}`;
        const last = journey.steps.at(-1)!.id;
        const shown: number[] = [];
        const interactive: number[] = [];
        for (let i = 0; i < OPENS; i++) {
          context.log(`designer: opening ${journey.steps.length} steps (${i + 1}/${OPENS})`);
          const page = await signedInPage(browser, TOKEN);
          const t = await timeToInteractive(page, url, journey.steps.length, last);
          shown.push(t.mapShownMs);
          interactive.push(t.interactiveMs);
          await page.context().close();
        }
        return { shown: summarise(shown).median, interactive: summarise(interactive).median, url };
      };
      const big = generated(steps);
      const small = await open(generated(baselineSteps));
      const large = await open(big);
      section.tables.push({
        title: 'Opening a draft in the editor (median of 3)',
        columns: ['Journey', 'Map shown', 'Interactive', 'Interactive / baseline'],
        rows: [
          [`${count(baselineSteps)} steps (baseline)`, millis(small.shown), millis(small.interactive), ''],
          [
            `${count(steps)} steps`,
            millis(large.shown),
            millis(large.interactive),
            ratio(large.interactive, small.interactive),
          ],
        ],
      });

      context.log('designer: dragging a step');
      const page = await signedInPage(browser, TOKEN);
      await timeToInteractive(page, large.url, big.steps.length, big.steps.at(-1)!.id);
      const idle = await frameIntervals(page, () => page.waitForTimeout(1500));
      let moved = { before: '', after: '' };
      const dragging = await frameIntervals(page, async () => {
        moved = await dragStep(page, big.steps[1]!.id, 60);
      });
      await page.context().close();
      if (moved.before === moved.after)
        context.fail(`designer: dragging ${big.steps[1]!.id} did not move it (${moved.before})`);
      const row = (name: string, frames: number[]) => {
        const s = summarise(frames);
        return [
          name,
          count(s.count),
          millis(s.median),
          millis(p95(frames)),
          millis(Math.max(...frames)),
          count(frames.filter((f) => f > FRAME_MS * 1.5).length),
        ];
      };
      section.tables.push({
        title: `Frame times while dragging a step on the ${count(steps)}-step map`,
        columns: ['When', 'Frames', 'Median', 'p95', 'Longest', 'Over 25 ms (a dropped frame)'],
        rows: [row('Nothing happening (baseline)', idle), row('Dragging a step', dragging)],
      });
      section.verdicts.push(
        {
          what: `A ${count(steps)}-step journey opens and is interactive`,
          target: 'under 2 s',
          measured: millis(large.interactive),
          met: large.interactive < 2000,
        },
        {
          what: 'A drag over it stays within a 60 Hz frame',
          target: `p95 frame interval ≤ ${millis(FRAME_MS * 1.1)} (16 ms of work a frame)`,
          measured: `${millis(p95(dragging))} (baseline ${millis(p95(idle))})`,
          met: p95(dragging) <= FRAME_MS * 1.1,
        },
      );
    } finally {
      await browser.close();
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    }
    return section;
  },
};
