/**
 * Conditions as XGovFormBuilder and DEFRA forms write them, in one tree: XGovFormBuilder's string
 * conditions (expr-eval syntax) are parsed into it, and both formats' structured conditions are
 * built into it, so that one translator turns them all into Fingerpost expressions.
 */

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in';
export type ArithOp = '+' | '-' | '*' | '/';

export type SourceExpr =
  | { kind: 'logical'; op: 'and' | 'or'; left: SourceExpr; right: SourceExpr }
  | { kind: 'not'; operand: SourceExpr }
  | { kind: 'compare'; op: CompareOp; left: SourceExpr; right: SourceExpr }
  | { kind: 'arith'; op: ArithOp; left: SourceExpr; right: SourceExpr }
  | { kind: 'negate'; operand: SourceExpr }
  /** A name: a question (possibly `section.question`) or, in XGovFormBuilder, another condition. */
  | { kind: 'name'; path: string[] }
  /** An explicit reference to another named condition (structured conditions). */
  | { kind: 'ref'; name: string }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'list'; items: SourceExpr[] }
  | { kind: 'call'; name: string; args: SourceExpr[] };

export interface Coordinated {
  coordinator?: 'and' | 'or';
  expr: SourceExpr;
}

/**
 * Joins conditions written one after another with "and"/"or" between them. "and" binds tighter, as
 * it does when the source formats evaluate the same chain as text.
 * @example chain([{ expr: a }, { coordinator: 'or', expr: b }, { coordinator: 'and', expr: c }]) // a or (b and c)
 */
export function chain(items: readonly Coordinated[]): SourceExpr | undefined {
  const groups: SourceExpr[][] = [];
  for (const [i, item] of items.entries()) {
    if (i === 0 || item.coordinator === 'or') groups.push([item.expr]);
    else groups[groups.length - 1]!.push(item.expr);
  }
  const ands = groups.map((group) =>
    group.reduce((left, right): SourceExpr => ({ kind: 'logical', op: 'and', left, right })),
  );
  if (ands.length === 0) return undefined;
  return ands.reduce((left, right): SourceExpr => ({ kind: 'logical', op: 'or', left, right }));
}

/** How a source expression reads, for messages. */
export function describeSource(expr: SourceExpr): string {
  switch (expr.kind) {
    case 'logical':
      return `${describeSource(expr.left)} ${expr.op} ${describeSource(expr.right)}`;
    case 'not':
      return `not (${describeSource(expr.operand)})`;
    case 'compare':
    case 'arith':
      return `${describeSource(expr.left)} ${expr.op} ${describeSource(expr.right)}`;
    case 'negate':
      return `-${describeSource(expr.operand)}`;
    case 'name':
      return expr.path.join('.');
    case 'ref':
      return expr.name;
    case 'literal':
      return typeof expr.value === 'string' ? `'${expr.value}'` : String(expr.value);
    case 'list':
      return `[${expr.items.map(describeSource).join(', ')}]`;
    case 'call':
      return `${expr.name}(${expr.args.map(describeSource).join(', ')})`;
  }
}
