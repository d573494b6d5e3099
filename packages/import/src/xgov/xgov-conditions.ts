import { arrayAt, isObject, type JsonObject, numberAt, objectAt, stringAt } from '../build/read';
import { type Coordinated, chain, type SourceExpr } from '../conditions/source-ast';
import { type OperatorValue, operatorCondition } from '../conditions/structured';
import { parseXgovCondition } from './condition-parser';

/** A named XGovFormBuilder condition, read into a source expression, or why it cannot be read. */
export type XgovCondition =
  | { ok: true; name: string; expr: SourceExpr; form: 'string' | 'structured'; pointer: string }
  | { ok: false; name: string; reason: string; pointer: string };

const MAX_GROUP_DEPTH = 20;

class Unreadable extends Error {}

/** Every condition of the definition by name (the first of duplicates wins, as the runner keeps one). */
export function xgovConditions(definition: JsonObject): Map<string, XgovCondition> {
  const conditions = new Map<string, XgovCondition>();
  arrayAt(definition, 'conditions').forEach((condition, i) => {
    const name = stringAt(condition, 'name');
    if (!name || conditions.has(name)) return;
    const pointer = `/conditions/${i}`;
    const value = isObject(condition) ? condition.value : undefined;
    if (typeof value === 'string') {
      const parsed = parseXgovCondition(value);
      conditions.set(
        name,
        parsed.ok
          ? { ok: true, name, expr: parsed.expr, form: 'string', pointer }
          : {
              ok: false,
              name,
              reason: `cannot read "${value}": ${parsed.message} (at character ${parsed.offset + 1})`,
              pointer,
            },
      );
      return;
    }
    try {
      const expr = group(arrayAt(value, 'conditions'), 0);
      if (!expr) throw new Unreadable('it has no conditions in it');
      conditions.set(name, { ok: true, name, expr, form: 'structured', pointer });
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      conditions.set(name, { ok: false, name, reason: error.message, pointer });
    }
  });
  return conditions;
}

function group(items: unknown[], depth: number): SourceExpr | undefined {
  if (depth > MAX_GROUP_DEPTH) throw new Unreadable('its groups are nested too deeply');
  const coordinated: Coordinated[] = items.map((item) => {
    const coordinator = stringAt(item, 'coordinator');
    const expr = itemExpr(item, depth);
    return coordinator === 'and' || coordinator === 'or' ? { coordinator, expr } : { expr };
  });
  return chain(coordinated);
}

function itemExpr(item: unknown, depth: number): SourceExpr {
  if (!isObject(item)) throw new Unreadable('one of its conditions is not an object');
  const ref = stringAt(item, 'conditionName');
  if (ref) return { kind: 'ref', name: ref };
  if (Array.isArray(item.conditions)) {
    const inner = group(item.conditions, depth + 1);
    if (!inner) throw new Unreadable('one of its groups is empty');
    return inner;
  }
  const fieldName = stringAt(objectAt(item, 'field'), 'name');
  const fieldType = stringAt(objectAt(item, 'field'), 'type') ?? '';
  const operator = stringAt(item, 'operator');
  if (!fieldName || !operator) throw new Unreadable('one of its conditions has no field or operator');
  const expr = operatorCondition(
    fieldName.split('.'),
    operator,
    conditionValue(objectAt(item, 'value'), fieldType),
  );
  if ('unsupported' in expr) throw new Unreadable(expr.unsupported);
  return expr;
}

function conditionValue(value: JsonObject | undefined, fieldType: string): OperatorValue {
  if (stringAt(value, 'type') === 'RelativeTime') {
    return {
      kind: 'relative',
      date: {
        amount: numberAt(value, 'timePeriod') ?? Number.NaN,
        unit: stringAt(value, 'timeUnit') ?? '',
        past: stringAt(value, 'direction') === 'in the past',
        timeOnly: value?.timeOnly === true,
      },
    };
  }
  const raw = value?.value;
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean')
    throw new Unreadable('one of its conditions has no value');
  // The designer writes number and yes/no values unquoted, so expr-eval compares them as such.
  if (fieldType === 'YesNoField' && (raw === 'true' || raw === 'false'))
    return { kind: 'value', value: raw === 'true' };
  if (fieldType === 'NumberField' && typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()))
    return { kind: 'value', value: Number(raw) };
  return { kind: 'value', value: raw };
}
