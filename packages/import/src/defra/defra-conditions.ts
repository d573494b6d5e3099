import { arrayAt, isObject, type JsonObject, numberAt, scalarText, stringAt } from '../build/read';
import { chain, type SourceExpr } from '../conditions/source-ast';
import { type OperatorValue, operatorCondition } from '../conditions/structured';
import type { DefraListRef } from './defra-source';

/** A DEFRA V2 condition (by id), read into a source expression, or why it cannot be read. */
export type DefraCondition =
  | { ok: true; id: string; name: string; expr: SourceExpr; pointer: string }
  | { ok: false; id: string; name: string; reason: string; pointer: string };

class Unreadable extends Error {}

/**
 * V2 conditions: `items` joined by the condition's `coordinator` (and by default), each either a
 * comparison with a component (by id) or a reference to another condition. Values are typed
 * (`StringValue`, `NumberValue`, `BooleanValue`, `DateValue`, `ListItemRef`, `RelativeDate`), either
 * as the item's `type` with a bare value or as a `{ type, … }` value object.
 */
export function defraConditions(
  definition: JsonObject,
  lists: ReadonlyMap<string, DefraListRef>,
): Map<string, DefraCondition> {
  const conditions = new Map<string, DefraCondition>();
  arrayAt(definition, 'conditions').forEach((condition, i) => {
    const id = stringAt(condition, 'id') ?? stringAt(condition, 'name');
    if (!id || conditions.has(id)) return;
    const name = stringAt(condition, 'displayName') ?? id;
    const pointer = `/conditions/${i}`;
    const coordinator = stringAt(condition, 'coordinator') === 'or' ? 'or' : 'and';
    try {
      const items = arrayAt(condition, 'items').map(
        (item) => ({ coordinator, expr: itemExpr(item, lists) }) as const,
      );
      const expr = chain(items);
      if (!expr) throw new Unreadable('it has no items');
      conditions.set(id, { ok: true, id, name, expr, pointer });
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      conditions.set(id, { ok: false, id, name, reason: error.message, pointer });
    }
  });
  return conditions;
}

function itemExpr(item: unknown, lists: ReadonlyMap<string, DefraListRef>): SourceExpr {
  if (!isObject(item)) throw new Unreadable('one of its items is not an object');
  const ref = stringAt(item, 'conditionId');
  if (ref) return { kind: 'ref', name: ref };
  const componentId = stringAt(item, 'componentId');
  const operator = stringAt(item, 'operator');
  if (!componentId || !operator) throw new Unreadable('one of its items has no componentId or operator');
  const expr = operatorCondition([componentId], operator, itemValue(item, lists));
  if ('unsupported' in expr) throw new Unreadable(expr.unsupported);
  return expr;
}

function itemValue(item: JsonObject, lists: ReadonlyMap<string, DefraListRef>): OperatorValue {
  const raw = item.value;
  const type = stringAt(item, 'type') ?? stringAt(raw, 'type');
  const inner = isObject(raw) && 'value' in raw ? raw.value : raw;
  switch (type) {
    case 'ListItemRef': {
      const listId = stringAt(raw, 'listId');
      const itemId =
        stringAt(raw, 'itemId') ??
        (arrayAt(raw, 'itemIds').length === 1 ? scalarText(arrayAt(raw, 'itemIds')[0]) : undefined);
      const value = listId && itemId ? lists.get(listId)?.valueById.get(itemId) : undefined;
      if (value === undefined)
        throw new Unreadable(
          `it refers to a list item (${listId ?? '?'}/${itemId ?? '?'}) that does not exist`,
        );
      return { kind: 'value', value };
    }
    case 'RelativeDate': {
      const amount = numberAt(raw, 'period');
      if (amount === undefined) throw new Unreadable('its relative date has no period');
      return {
        kind: 'relative',
        date: {
          amount,
          unit: stringAt(raw, 'unit') ?? '',
          past: stringAt(raw, 'direction') === 'in the past',
        },
      };
    }
    default:
      if (typeof inner === 'string' || typeof inner === 'number' || typeof inner === 'boolean')
        return { kind: 'value', value: inner };
      throw new Unreadable('one of its items has no value');
  }
}
