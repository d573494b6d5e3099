import {
  childNodes,
  comparisons,
  type ExprNode,
  type FieldComparison,
  fieldsReferenced,
  type Journey,
  parseExpression,
  reachableFrom,
  type Step,
  stepsById,
} from '@fingerpost/schema';

/**
 * Conditions tried in order at one place in the journey (a step's transitions, its eligibility
 * rules, or one component's `showIf`); null stands for a default that always holds.
 */
export interface DecisionList {
  stepId: string;
  conditions: Array<ExprNode | null>;
}

/** What the explorer needs to know about a journey's conditions, worked out once. */
export interface JourneyConditions {
  /** Top-level fields any condition reads. */
  readonly referenced: ReadonlySet<string>;
  /** Comparisons of a top-level field (or a function of it) with a literal, by field. */
  readonly comparisons: ReadonlyMap<string, FieldComparison[]>;
  /** Comparison expressions that read only this field: they split its values into regions. */
  readonly atoms: ReadonlyMap<string, ExprNode[]>;
  /** Fields read somewhere other than inside those comparisons (so their regions are not the whole story). */
  readonly readOtherwise: ReadonlySet<string>;
  /** Sub-fields of groups that conditions read through `item.…`, by group. */
  readonly itemFields: ReadonlyMap<string, ReadonlySet<string>>;
  /** Comparisons of group sub-fields, by group and sub-field. */
  readonly itemComparisons: ReadonlyMap<string, ReadonlyMap<string, FieldComparison[]>>;
  /** Decision lists on the steps reachable from a step (the step included). */
  downstream(stepId: string): DecisionList[];
  /** Expressions whose values are recorded on approval, on steps reachable from a step. */
  downstreamValues(stepId: string): ExprNode[];
}

const QUANTIFIERS = new Set(['any', 'all', 'countWhere']);

function parsed(source: string | undefined): ExprNode | null {
  if (source === undefined) return null;
  const result = parseExpression(source);
  return result.ok ? result.ast : null;
}

function decisionLists(step: Step): DecisionList[] {
  const lists: DecisionList[] = [];
  if ('next' in step && Array.isArray(step.next)) {
    lists.push({ stepId: step.id, conditions: step.next.map((t) => parsed(t.when)) });
  }
  if (step.type === 'eligibility') {
    lists.push({ stepId: step.id, conditions: [...step.rules.map((r) => parsed(r.when)), null] });
  }
  if (step.type === 'question' || step.type === 'addAnother') {
    for (const component of step.components) {
      const condition = parsed(component.showIf);
      if (condition) lists.push({ stepId: step.id, conditions: [condition] });
    }
  }
  return lists;
}

function isAtom(node: ExprNode): boolean {
  return node.kind === 'binary' && comparisons(node).length === 1 && fieldsReferenced(node).length === 1;
}

/** Every comparison of one field with a literal, and the fields read outside such comparisons. */
function comparisonNodes(node: ExprNode, found: ExprNode[], outside: Set<string>): void {
  if (isAtom(node)) {
    found.push(node);
    return;
  }
  if (node.kind === 'field' && node.name !== 'item') outside.add(node.name);
  for (const child of childNodes(node)) comparisonNodes(child, found, outside);
}

/** `item.sub` references inside any(), all() and countWhere(), by group. */
function itemReferences(node: ExprNode, group: string | null, found: Map<string, Set<string>>): void {
  if (node.kind === 'field' && node.name === 'item' && group !== null && node.path?.[0] !== undefined) {
    const subs = found.get(group) ?? new Set<string>();
    subs.add(node.path[0]);
    found.set(group, subs);
  }
  if (node.kind === 'call' && QUANTIFIERS.has(node.name) && node.args[0]?.kind === 'field') {
    const [first, condition] = node.args;
    itemReferences(first as ExprNode, group, found);
    if (condition) itemReferences(condition, first?.kind === 'field' ? first.name : group, found);
    return;
  }
  for (const child of childNodes(node)) itemReferences(child, group, found);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Reads every condition of a journey once: which fields they read and the values at which they
 * change, so the explorer can choose answers either side of each boundary.
 * @example
 * const conditions = journeyConditions(journey);
 * conditions.comparisons.get('dateOfBirth'); // [{ field: 'dateOfBirth', op: '>=', value: 66, via: 'ageInYears' }]
 */
export function journeyConditions(journey: Journey): JourneyConditions {
  const byId = stepsById(journey);
  const listsByStep = new Map<string, DecisionList[]>();
  const valuesByStep = new Map<string, ExprNode[]>();
  const referenced = new Set<string>();
  const byField = new Map<string, FieldComparison[]>();
  const atoms = new Map<string, ExprNode[]>();
  const readOtherwise = new Set<string>();
  const items = new Map<string, Set<string>>();
  const itemComparisons = new Map<string, Map<string, FieldComparison[]>>();
  for (const step of journey.steps) {
    const lists = decisionLists(step);
    listsByStep.set(step.id, lists);
    if (step.type === 'approval') {
      const values = Object.values(step.onApproved?.set ?? {}).map(parsed);
      valuesByStep.set(
        step.id,
        values.filter((v): v is ExprNode => v !== null),
      );
    }
    for (const condition of lists.flatMap((l) => l.conditions)) {
      if (!condition) continue;
      for (const field of fieldsReferenced(condition)) referenced.add(field);
      for (const comparison of comparisons(condition)) {
        if (comparison.path && comparison.path.length > 0) {
          const subs = itemComparisons.get(comparison.field) ?? new Map<string, FieldComparison[]>();
          push(subs, comparison.path[0] as string, comparison);
          itemComparisons.set(comparison.field, subs);
        } else push(byField, comparison.field, comparison);
      }
      const found: ExprNode[] = [];
      comparisonNodes(condition, found, readOtherwise);
      for (const node of found) push(atoms, fieldsReferenced(node)[0] as string, node);
      itemReferences(condition, null, items);
    }
  }
  const reach = new Map<string, string[]>();
  const reachable = (stepId: string) => {
    let ids = reach.get(stepId);
    if (!ids) {
      ids = [...reachableFrom([stepId], byId)];
      reach.set(stepId, ids);
    }
    return ids;
  };
  return {
    referenced,
    comparisons: byField,
    atoms,
    readOtherwise,
    itemFields: items,
    itemComparisons,
    downstream: (stepId) => reachable(stepId).flatMap((id) => listsByStep.get(id) ?? []),
    downstreamValues: (stepId) => reachable(stepId).flatMap((id) => valuesByStep.get(id) ?? []),
  };
}
