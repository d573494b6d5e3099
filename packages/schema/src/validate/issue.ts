/** One problem found in a journey definition. */
export interface ValidationIssue {
  /** Stable machine-readable code, e.g. `journey.unknown-step` or `schema.required`. */
  code: string;
  /** JSON Pointer (RFC 6901) to the offending value; `""` is the whole document. */
  path: string;
  /** What is wrong and how to fix it, in plain English. */
  message: string;
}

export type ValidationResult<T> = { ok: true; journey: T } | { ok: false; errors: ValidationIssue[] };

/** Builds a JSON Pointer from path segments, escaping `~` and `/` as RFC 6901 requires. */
export function pointer(...segments: Array<string | number>): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
