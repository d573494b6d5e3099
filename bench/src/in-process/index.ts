import { bytes, count, micros, ratio } from '../report/format';
import type { Benchmark, Section } from '../report/types';
import { measureRender } from './render';
import { measureScheduler } from './scheduler';
import { schedulerProcessRows } from './scheduler-rows';

/** Issue 9 §3: resident page render time per page type, and deadline scheduler throughput. */
export const inProcessBenchmark: Benchmark = {
  name: 'pages',
  async run(context) {
    const sizes = context.quick
      ? { pages: 6, iterations: 20, deadlines: 40 }
      : { pages: 50, iterations: 300, deadlines: 2000 };
    context.log('pages: render');
    const render = await measureRender(sizes.pages, sizes.iterations);
    context.log('pages: deadline scheduler');
    const scheduler = await measureScheduler(sizes.deadlines);
    context.log('pages: deadline schedulers in one and two server processes');
    const processes = await schedulerProcessRows(sizes.deadlines);
    const section: Section = {
      name: 'pages',
      title: 'Resident pages and the deadline scheduler (issue 9 §3)',
      method: [
        `The server's Hono app with its resident pages mounted (as \`fingerpost serve\` does), on a temporary SQLite file, called in process with \`app.request\`: no socket, so the numbers are the server's own work. The journey is the HTTP benchmark's (${sizes.pages} pages of 5 questions) with a check-your-answers page before its end.`,
        `Render: residents are brought to each page through the API, given a session through their resume link, then the page is fetched ${count(sizes.iterations)} times (after 20 untimed) with their session cookie; every answer must be 200 and hold the page's own markup. The baseline, in the same run, is a bare Hono app answering the same path with the same HTML bytes: the ratio is what producing the page costs over serving it.`,
        `Scheduler: ${count(sizes.deadlines)} applications of a journey whose caseworker task is due a second after it starts, with the clock moved an hour on; one scheduler (its defaults: batches of 100, 4 at a time) fires them with \`runOnce\` until none is due. Each must fire once and end approved. The baseline, in the same run, is ${count(sizes.deadlines)} other applications each withdrawn through the runtime (one action and one write each, 16 at a time), on the same storage. One process on SQLite.`,
        `Schedulers in server processes: ${count(sizes.deadlines)} applications whose deadline passed an hour ago are stored first, then one or two \`fingerpost serve\`-like processes start together on the same database with their deadline schedulers (defaults) and nothing else; the time runs from the first process listening until the database holds every task approved. Each deadline must fire exactly once across the processes (their own counts add up to the number due, none failed). PostgreSQL: a fresh schema per run; SQLite: a temporary file the processes share.`,
      ],
      tables: [
        {
          title: 'Resident page GET (median)',
          columns: [
            'Page',
            'HTML',
            'Fingerpost',
            'p99',
            'Baseline: bare Hono, same bytes',
            'Fingerpost/baseline',
          ],
          rows: render.map((r) => [
            r.page,
            bytes(r.bytes),
            micros(r.render.median),
            micros(r.render.p99),
            micros(r.baseline.median),
            ratio(r.render.median, r.baseline.median),
          ]),
        },
        {
          title: 'Deadline scheduler (one process, SQLite)',
          columns: [
            'Measure',
            'Per second',
            'Baseline: one action each through the runtime',
            'Fingerpost/baseline',
          ],
          rows: [
            [
              `${count(scheduler.deadlines)} due deadlines fired`,
              count(scheduler.firedPerSecond),
              count(scheduler.actionsPerSecond),
              ratio(scheduler.firedPerSecond, scheduler.actionsPerSecond),
            ],
          ],
        },
        {
          title: 'Deadline schedulers in server processes sharing one database',
          columns: ['Storage', 'Processes', 'Fired per second', 'Fired by each process', 'Two processes/one'],
          rows: processes,
        },
      ],
      verdicts: [],
      notes: [
        'Two scheduler processes share the work and fire each deadline once, but on this 2-core machine a second process adds no throughput: SQLite takes one writer at a time (the second process waits for the file lock), and with PostgreSQL the database, both processes and this harness share the same two cores.',
        "No targets are stated for these yet. Profiled while writing this benchmark: most of a page GET is Nunjucks running GOV.UK Frontend's macros; about 40% of it is under Nunjucks' getTemplate and getExported, which run each imported macro file again on every render.",
      ],
    };
    if (context.quick)
      section.notes.push('Quick run (tiny sizes): the numbers only show that the benchmark works.');
    return section;
  },
};
