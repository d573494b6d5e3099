import type { Component, Field } from '@fingerpost/schema';
import { type ExprNode, parseExpression } from '@fingerpost/schema';

/** A question shown under one option of an earlier question on the same page. */
export interface Reveal {
  /** The question whose option reveals it. */
  controller: string;
  /** The option's posted value ("yes"/"no" for a yes/no question). */
  option: string;
}

type Literal = string | boolean;

function literalOf(node: ExprNode): Literal | null {
  if (node.kind !== 'literal') return null;
  return node.type === 'string' || node.type === 'boolean' ? (node.value as Literal) : null;
}

/** `field = "value"` (either way round) or `"value" in field`, as [field, literal, operator]. */
function simpleTest(node: ExprNode): [string, Literal, '=' | 'in'] | null {
  if (node.kind !== 'binary') return null;
  const { left, right, op } = node;
  if (op === '=') {
    if (left.kind === 'field' && !left.path) {
      const value = literalOf(right);
      return value === null ? null : [left.name, value, '='];
    }
    if (right.kind === 'field' && !right.path) {
      const value = literalOf(left);
      return value === null ? null : [right.name, value, '='];
    }
  }
  if (op === 'in' && right.kind === 'field' && !right.path) {
    const value = literalOf(left);
    return typeof value === 'string' ? [right.name, value, 'in'] : null;
  }
  return null;
}

function optionFor(field: Field, component: Component, value: Literal, op: '=' | 'in'): string | null {
  if (field.type === 'yesNo') return op === '=' && typeof value === 'boolean' ? (value ? 'yes' : 'no') : null;
  if (typeof value !== 'string') return null;
  const radios = field.type === 'singleChoice' && op === '=' && component.widget !== 'select';
  const checkboxes = field.type === 'multipleChoice' && op === 'in';
  if (!radios && !checkboxes) return null;
  return field.options.some((o) => o.value === value) ? value : null;
}

/**
 * The questions on a page that GOV.UK's conditional reveal can show: those whose `showIf` is one
 * option of an earlier radio, yes/no or checkbox question on the same page. Without JavaScript a
 * revealed question is always shown; the engine checks it only when its condition holds.
 * @example revealsOn(step.components, journey.fields).get('otherReason') // { controller: 'reason', option: 'other' }
 */
export function revealsOn(
  components: readonly Component[],
  fields: Readonly<Record<string, Field | undefined>>,
): Map<string, Reveal> {
  const reveals = new Map<string, Reveal>();
  components.forEach((component, index) => {
    if (!component.showIf) return;
    const parsed = parseExpression(component.showIf);
    if (!parsed.ok) return;
    const test = simpleTest(parsed.ast);
    if (!test) return;
    const [name, value, op] = test;
    const controllerIndex = components.findIndex((c) => c.field === name);
    const controller = components[controllerIndex];
    const field = fields[name];
    if (!controller || controllerIndex >= index || !field || reveals.has(name)) return;
    const option = optionFor(field, controller, value, op);
    if (option !== null) reveals.set(component.field, { controller: name, option });
  });
  return reveals;
}
