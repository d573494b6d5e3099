/** One table of results: the first column names the row, the others hold formatted numbers. */
export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
}

/** A stated target and whether this run met it; `limits` says what holds it back when missed. */
export interface Verdict {
  what: string;
  target: string;
  measured: string;
  met: boolean;
  limits?: string;
}

/** What one benchmark found: its tables, its verdicts against targets, and notes on method. */
export interface Section {
  name: string;
  title: string;
  method: string[];
  tables: Table[];
  verdicts: Verdict[];
  notes: string[];
}

export interface BenchContext {
  quick: boolean;
  /** Progress for the terminal (stderr), never in the report. */
  log(message: string): void;
  /** Records a broken correctness fact: the run goes on, then exits non-zero. */
  fail(message: string): void;
  /** Profiles a workload with V8's CPU profiler and names its top frames. */
  profile(workload: () => unknown): Promise<string>;
}

/** A benchmark that `run.ts --only <name>` can pick. */
export interface Benchmark {
  name: string;
  run(context: BenchContext): Promise<Section>;
}
