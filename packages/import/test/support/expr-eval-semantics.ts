import type { SourceExpr } from '../../src/conditions/source-ast';
import { shiftDate } from './engine-input';

/**
 * Works out a parsed XGovFormBuilder string condition the way its runner's expr-eval does: `==` is
 * strict, "and"/"or" go by truthiness, `in` looks through a list, and any error makes the whole
 * condition false. Written for the tests, independently of the translator being tested.
 */
export function evaluateExprEval(
  expr: SourceExpr,
  lookup: (path: string[]) => unknown,
  today: string,
): boolean {
  try {
    return Boolean(value(expr, lookup, today));
  } catch {
    return false;
  }
}

function value(expr: SourceExpr, lookup: (path: string[]) => unknown, today: string): unknown {
  const v = (e: SourceExpr) => value(e, lookup, today);
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'list':
      return expr.items.map(v);
    case 'name':
    case 'ref':
      return lookup(expr.kind === 'name' ? expr.path : [expr.name]);
    case 'not':
      return !v(expr.operand);
    case 'negate':
      return -(v(expr.operand) as number);
    case 'logical':
      return expr.op === 'and'
        ? Boolean(v(expr.left)) && Boolean(v(expr.right))
        : Boolean(v(expr.left)) || Boolean(v(expr.right));
    case 'arith': {
      const a = v(expr.left) as number;
      const b = v(expr.right) as number;
      return expr.op === '+' ? a + b : expr.op === '-' ? a - b : expr.op === '*' ? a * b : a / b;
    }
    case 'compare': {
      const a = v(expr.left);
      const b = v(expr.right);
      switch (expr.op) {
        case '==':
          return a === b;
        case '!=':
          return a !== b;
        case '<':
          return (a as number) < (b as number);
        case '<=':
          return (a as number) <= (b as number);
        case '>':
          return (a as number) > (b as number);
        case '>=':
          return (a as number) >= (b as number);
        case 'in':
          if (!Array.isArray(b)) throw new Error('in needs a list');
          return b.includes(a);
      }
      break;
    }
    case 'call':
      if (expr.name === 'length') return (v(expr.args[0]!) as string).length;
      if (expr.name === 'dateForComparison')
        return shiftDate(today, Number(v(expr.args[0]!)), String(v(expr.args[1]!)));
      throw new Error(`no function ${expr.name}`);
  }
  throw new Error('cannot evaluate');
}
