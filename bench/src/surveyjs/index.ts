import { clearCompiledJourneys, compileJourney, startJourney } from '@fingerpost/core';
import { validateJourney } from '@fingerpost/schema';
import { Model } from 'survey-core';
import { measureRunHeap, measureSubmissions, snapshotText, submissionWorkload } from '../engine/submissions';
import type { PathChoice } from '../journeys/answers';
import { answerPages, FIXED_CLOCK, fingerpostFixture } from '../journeys/fingerpost-fixture';
import { toSurveyJs } from '../journeys/to-surveyjs';
import { bytes, count, micros, millis, ratio } from '../report/format';
import type { Benchmark, Section, Verdict } from '../report/types';
import { summarise, timeEach } from '../util/stats';
import { completeSurvey, surveyHeap } from './measure';
import { compareOutcomes } from './same-outcomes';

const PATHS: Array<[PathChoice, number]> = [
  ['all', 11],
  ['none', 12],
  ['mixed', 13],
];

function sizes(quick: boolean) {
  return quick
    ? { pages: 5, loadRuns: 2, fpCompletions: 5, sjCompletions: 2, fpHeap: 20, sjHeap: 3, heapPages: 3 }
    : {
        pages: 50,
        loadRuns: 10,
        fpCompletions: 200,
        sjCompletions: 7,
        fpHeap: 1000,
        sjHeap: 50,
        heapPages: 25,
      };
}

/** Issue 9 §1: the same 50-page journey in Fingerpost and in SurveyJS (survey-core, headless). */
export const surveyJsBenchmark: Benchmark = {
  name: 'surveyjs',
  async run(context) {
    const size = sizes(context.quick);
    const fixture = fingerpostFixture(size.pages, 5, 'mixed', 1);
    const validated = validateJourney(fixture.journey);
    if (!validated.ok)
      throw new Error(`the generated journey is invalid: ${JSON.stringify(validated.errors[0])}`);
    const json = toSurveyJs(fixture.spec);

    context.log('surveyjs: same outcomes');
    const outcomes = PATHS.map(([path, seed]) => ({
      path,
      ...compareOutcomes(fixture.spec, fixture.compiled, json, path, seed),
    }));
    for (const o of outcomes)
      for (const p of o.problems) context.fail(`Fingerpost and SurveyJS disagree: ${p}`);

    context.log('surveyjs: load');
    const fpLoad =
      summarise(
        timeEach(
          size.loadRuns,
          () => {
            clearCompiledJourneys();
            compileJourney(fixture.journey);
          },
          1,
        ),
      ).median / 1000;
    compileJourney(fixture.journey);
    const sjLoad = summarise(timeEach(size.loadRuns, () => new Model(json), 1)).median / 1000;

    context.log('surveyjs: pages and completions');
    const fpPage = measureSubmissions(fixture, size.fpCompletions);
    const fpComplete =
      summarise(
        timeEach(
          size.fpCompletions,
          () => answerPages(startJourney(fixture.compiled, { clock: FIXED_CLOCK }), fixture.posts),
          10,
        ),
      ).median / 1000;
    const sjPages: number[] = [];
    const sjCompleteTimes = timeEach(
      size.sjCompletions - 1,
      () => completeSurvey(json, fixture.answers, Number.POSITIVE_INFINITY, (us) => sjPages.push(us)),
      0,
    );
    completeSurvey(json, fixture.answers);
    const sjComplete = summarise(sjCompleteTimes).median / 1000;
    const sjPage = summarise(sjPages);

    context.log('surveyjs: heap');
    const fpHeap = measureRunHeap(fixture, size.fpHeap, size.heapPages).answered;
    const sjHeap = surveyHeap(json, fixture.answers, size.sjHeap, size.heapPages);

    const fpSnapshot = snapshotText(fixture);
    const fpAnswers = JSON.stringify((JSON.parse(fpSnapshot) as { answers: unknown }).answers);
    const sjData = JSON.stringify(completeSurvey(json, fixture.answers).data);

    const speedup = sjComplete / fpComplete;
    const heapShare = fpHeap / sjHeap;
    const verdicts: Verdict[] = [];
    const speedVerdict: Verdict = {
      what: 'Complete a journey: SurveyJS time / Fingerpost time',
      target: '≥ 200×',
      measured: `${speedup.toFixed(0)}×`,
      met: speedup >= 200,
    };
    if (!speedVerdict.met) {
      context.log('profiling: Fingerpost completing journeys');
      speedVerdict.limits = `SurveyJS spends ${millis(sjComplete)} per journey and Fingerpost ${millis(fpComplete)}, so the gap is Fingerpost's own ${micros(fpPage.median)} per page. Profile of Fingerpost: ${await context.profile(submissionWorkload(fixture, context.quick ? 3 : 100))}`;
    }
    verdicts.push(speedVerdict);
    verdicts.push({
      what: 'Heap per live instance: Fingerpost / SurveyJS',
      target: '≤ 1/50',
      measured: ratio(fpHeap, sjHeap),
      met: heapShare <= 1 / 50,
    });

    const section: Section = {
      name: 'surveyjs',
      title: 'Engine vs SurveyJS (issue 9 §1)',
      method: [
        `One description (\`bench/src/journeys/description.ts\`) of a ${size.pages}-page journey, 5 questions a page (name 2–40 characters, age 0–120, email, optional note up to 200 characters, household 1–10; required where not optional), every fifth page shown only when the age three pages earlier is 50 or more, generated into a Fingerpost journey (passes \`validateJourney\`) and a SurveyJS JSON (\`text\`/\`comment\` questions with \`text\`, \`numeric\` and \`email\` validators, pages with \`visibleIf\`).`,
        'Same process and run. SurveyJS is survey-core headless (no DOM): a page is `setValue`/`clearValue` for its questions then `nextPage()` (or `completeLastPage()`), which validates the page first and stays on errors; Fingerpost is `run.submit(pageId, formPost)` with string values as a form posts them (so Fingerpost also coerces).',
        'Load: `compileJourney` with the compile cache cleared vs `new Model(json)`. Complete a journey: Fingerpost `startJourney` on the compiled journey + every page; SurveyJS `new Model(json)` + every page (a model is both the definition and the instance, so it cannot be shared).',
        `Heap per live instance: ${count(size.fpHeap)} Fingerpost runs and ${count(size.sjHeap)} SurveyJS models (each holds megabytes, so fewer are kept) with ${size.heapPages} pages answered, after GC.`,
        'Same outcomes: for three residents (conditional pages all shown, none shown, mixed), on every page each answer set breaking one rule (blank required, too short, too long, below minimum, above maximum, not a number, not an email) is submitted to both and must be refused by both, then the valid answers accepted by both; both must show the same pages, finish, and keep identical answers.',
      ],
      tables: [
        {
          title: `${size.pages} pages × 5 questions`,
          columns: ['Measure', 'Fingerpost', 'SurveyJS', 'Fingerpost/SurveyJS'],
          rows: [
            ['Load / compile (median)', millis(fpLoad), millis(sjLoad), ratio(fpLoad, sjLoad)],
            [
              'Page submission with validation (median)',
              micros(fpPage.median),
              micros(sjPage.median),
              ratio(fpPage.median, sjPage.median),
            ],
            [
              'Page submission with validation (p99)',
              micros(fpPage.p99),
              micros(sjPage.p99),
              ratio(fpPage.p99, sjPage.p99),
            ],
            [
              'Complete a journey (median)',
              millis(fpComplete),
              millis(sjComplete),
              ratio(fpComplete, sjComplete),
            ],
            [
              `Heap per live instance (${size.heapPages} pages answered)`,
              bytes(fpHeap),
              bytes(sjHeap),
              ratio(fpHeap, sjHeap),
            ],
            [
              'Stored state at completion (Fingerpost snapshot vs `survey.data`)',
              bytes(Buffer.byteLength(fpSnapshot)),
              bytes(Buffer.byteLength(sjData)),
              ratio(Buffer.byteLength(fpSnapshot), Buffer.byteLength(sjData)),
            ],
            [
              'Answers alone at completion',
              bytes(Buffer.byteLength(fpAnswers)),
              bytes(Buffer.byteLength(sjData)),
              ratio(Buffer.byteLength(fpAnswers), Buffer.byteLength(sjData)),
            ],
          ],
        },
        {
          title: 'Same validation outcomes',
          columns: ['Resident', 'Pages shown', 'Answer sets submitted to both', 'Result'],
          rows: outcomes.map((o) => [
            o.path === 'all'
              ? 'Conditional pages all shown'
              : o.path === 'none'
                ? 'Conditional pages none shown'
                : 'Mixed',
            String(o.pages),
            count(o.answerSets),
            o.problems.length === 0 ? 'identical' : `**${o.problems.length} differ**`,
          ]),
        },
      ],
      verdicts,
      notes: [
        'The Fingerpost snapshot also carries the history (who did what, when) and the machine state, which `survey.data` has no equivalent for; the answers alone are the like-for-like size.',
        ...(context.quick ? ['Quick run (tiny sizes): the numbers only show that the benchmark works.'] : []),
      ],
    };
    return section;
  },
};
