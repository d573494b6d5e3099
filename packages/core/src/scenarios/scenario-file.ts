import type { ScenarioFile } from '@fingerpost/schema';
import { pointer, scenarioSchema } from '@fingerpost/schema';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ScenarioFileError } from './types';

/** The key that names each kind of action, in the order of the schema's alternatives. */
const ACTION_KEYS = [
  'submit',
  'addItem',
  'back',
  'change',
  'decide',
  'advanceClock',
  'feedback',
  'withdraw',
  'pay',
  'expect',
];
const SCHEMA_ID = String(scenarioSchema.$id);

let validators: { file: ValidateFunction; actions: ValidateFunction[] } | undefined;

function compiled() {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
    addFormats(ajv);
    ajv.addSchema(scenarioSchema as Record<string, unknown>);
    const branch = (i: number) => ajv.compile({ $ref: `${SCHEMA_ID}#/$defs/Action/oneOf/${i}` });
    validators = {
      file: ajv.getSchema(SCHEMA_ID) as ValidateFunction,
      actions: ACTION_KEYS.map((_, i) => branch(i)),
    };
  }
  return validators;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

function message(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `"${String(params.missingProperty)}" is missing`;
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      return `unknown property "${String(params.additionalProperty)}"; allowed here: ${allowed.join(', ')}`;
    }
    case 'enum':
      return `${describe(error.data)} is not allowed; use one of: ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'type':
      return `must be ${String(params.type)}, not ${describe(error.data)}`;
    case 'format':
      return `${describe(error.data)} is not a ${String(params.format)}${params.format === 'date-time' ? ' such as 2026-03-02T09:00:00Z' : ''}`;
    case 'pattern':
      return `${describe(error.data)} is not an ISO 8601 duration such as P7D or PT48H`;
    default:
      return `${error.message ?? 'is not allowed'}`;
  }
}

function toError(error: ErrorObject, base = ''): ScenarioFileError {
  const path =
    error.keyword === 'additionalProperties'
      ? base + error.instancePath + pointer(String(error.params.additionalProperty))
      : base + error.instancePath;
  return { code: `scenario.${error.keyword}`, message: message(error), path: path || '/' };
}

/** One action's own problems: the alternative its key names, instead of nine failed alternatives. */
function actionErrors(action: unknown, path: string): ScenarioFileError[] {
  const keys = action && typeof action === 'object' && !Array.isArray(action) ? Object.keys(action) : [];
  const kind = ACTION_KEYS.findIndex((key) => keys.includes(key));
  if (kind < 0) {
    return [
      {
        code: 'scenario.action',
        message: `an action needs one of: ${ACTION_KEYS.join(', ')}`,
        path,
      },
    ];
  }
  const validate = compiled().actions[kind] as ValidateFunction;
  if (validate(action)) return [];
  return (validate.errors ?? []).map((e) => toError(e, path));
}

const ACTION_PATH = /^(\/scenarios\/\d+\/actions\/\d+)(\/|$)/;

/**
 * Checks a parsed scenario file against scenario.schema.json. Each error names the JSON Pointer of
 * what is wrong; an action is checked as the kind its key names ("submit", "decide", …).
 * @example
 * const checked = validateScenarioFile(JSON.parse(text));
 * if (!checked.ok) for (const e of checked.errors) console.log(`${file}:${e.path}: ${e.message}`);
 */
export function validateScenarioFile(
  value: unknown,
): { ok: true; file: ScenarioFile } | { ok: false; errors: ScenarioFileError[] } {
  const validate = compiled().file;
  if (validate(value)) return { ok: true, file: value as ScenarioFile };
  const errors: ScenarioFileError[] = [];
  const actionsDone = new Set<string>();
  for (const error of validate.errors ?? []) {
    const inAction = ACTION_PATH.exec(error.instancePath);
    if (!inAction) {
      errors.push(toError(error));
      continue;
    }
    const path = inAction[1] as string;
    if (actionsDone.has(path)) continue;
    actionsDone.add(path);
    const [, s, a] = /^\/scenarios\/(\d+)\/actions\/(\d+)/.exec(path) as RegExpExecArray;
    const scenarios = (value as { scenarios: Array<{ actions: unknown[] }> }).scenarios;
    errors.push(...actionErrors(scenarios[Number(s)]?.actions[Number(a)], path));
  }
  const seen = new Set<string>();
  return {
    ok: false,
    errors: errors.filter((e) => {
      const key = `${e.path} ${e.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}
