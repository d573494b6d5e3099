import type { CallNode, ExprNode } from './ast';
import {
  addDays,
  addMonths,
  addYears,
  type CivilDate,
  daysBetween,
  formatDate,
  monthsBetween,
  yearsBetween,
} from './dates';
import { fail } from './errors';
import { roundHalfAwayFromZero } from './money';
import {
  bool,
  expectDate,
  expectNumber,
  expectText,
  expectWhole,
  num,
  text,
  type Val,
} from './runtime-values';

/**
 * What a parameter accepts when type-checking:
 * numeric = number or money; text = text or a choice; countable = a group or a
 * multiple-choice answer; condition = a yes/no test run against each group member;
 * boolean = a yes/no value worked out once (the test in if()).
 */
export type ParamKind =
  | 'date'
  | 'number'
  | 'numeric'
  | 'text'
  | 'countable'
  | 'any'
  | 'group'
  | 'condition'
  | 'boolean';

export interface CallEnv {
  today(): CivilDate;
}

interface Arg {
  val: Val;
  node: ExprNode;
}

export interface FunctionSpec {
  params: readonly ParamKind[];
  /**
   * The result type; 'first' means the same type as the first argument (min, max);
   * 'branches' means the type the two possible results share (if).
   */
  returns: 'number' | 'date' | 'boolean' | 'first' | 'branches';
  example: string;
  /** Unanswered arguments make the result unanswered, unless the function says otherwise. */
  handlesUnanswered?: boolean;
  /**
   * Absent for any/all/countWhere, whose condition is evaluated per member, and for if,
   * which works out only the chosen result: the evaluator runs those itself.
   */
  run?: (args: Arg[], env: CallEnv, call: CallNode) => Val;
}

// The evaluator checks the number of arguments before calling run().
const arg = (args: Arg[], i: number): Arg => args[i] as Arg;
const dateArg = (args: Arg[], i: number): CivilDate => expectDate(arg(args, i).val, arg(args, i).node);
const wholeArg = (args: Arg[], i: number): number => expectWhole(arg(args, i).val, arg(args, i).node);

function dateResult(result: string | undefined, call: CallNode): Val {
  if (result === undefined)
    fail('expression.runtime', `The result of ${call.name}() is outside the years 0001 to 9999`, call.span);
  return text(result, true);
}

function between(measure: (a: CivilDate, b: CivilDate) => number, example: string): FunctionSpec {
  return {
    params: ['date', 'date'],
    returns: 'number',
    example,
    run: (args) => num(measure(dateArg(args, 0), dateArg(args, 1))),
  };
}

function shift(add: (d: CivilDate, n: number) => string | undefined, example: string): FunctionSpec {
  return {
    params: ['date', 'number'],
    returns: 'date',
    example,
    run: (args, _env, call) => dateResult(add(dateArg(args, 0), wholeArg(args, 1)), call),
  };
}

function rounding(round: (n: number) => number, example: string): FunctionSpec {
  return {
    params: ['number'],
    returns: 'number',
    example,
    run: (args) => {
      const { value, money } = expectNumber(arg(args, 0).val, arg(args, 0).node);
      return num(round(value), money);
    },
  };
}

function pick(choose: (a: number, b: number) => number, example: string): FunctionSpec {
  return {
    params: ['numeric', 'numeric'],
    returns: 'first',
    example,
    run: (args) => {
      const a = expectNumber(arg(args, 0).val, arg(args, 0).node);
      const b = expectNumber(arg(args, 1).val, arg(args, 1).node);
      return num(choose(a.value, b.value), a.money || b.money);
    },
  };
}

function isAnswered(val: Val): boolean {
  if (val.kind === 'none') return false;
  if (val.kind === 'text') return val.value !== '';
  if (val.kind === 'texts' || val.kind === 'items') return val.value.length > 0;
  return true;
}

/** Every function an expression can call, by name. A Map, so no name can reach an object prototype. */
export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map<string, FunctionSpec>([
  [
    'today',
    {
      params: [],
      returns: 'date',
      example: 'dateOfBirth < today()',
      run: (_args, env, call) => dateResult(formatDate(env.today()), call),
    },
  ],
  [
    'ageInYears',
    {
      params: ['date'],
      returns: 'number',
      example: 'ageInYears(dateOfBirth) >= 16',
      run: (args, env) => num(yearsBetween(dateArg(args, 0), env.today())),
    },
  ],
  ['yearsBetween', between(yearsBetween, 'yearsBetween(tenancyStartDate, today()) >= 2')],
  ['monthsBetween', between(monthsBetween, 'monthsBetween(moveInDate, applicationDate) >= 6')],
  ['daysBetween', between(daysBetween, 'daysBetween(noticeDate, today()) <= 56')],
  ['addDays', shift(addDays, 'addDays(noticeDate, 56)')],
  ['addMonths', shift(addMonths, 'addMonths(moveInDate, 6) <= today()')],
  ['addYears', shift(addYears, 'addYears(dateOfBirth, 16)')],
  [
    'answered',
    {
      params: ['any'],
      returns: 'boolean',
      example: 'answered(nationalInsuranceNumber)',
      handlesUnanswered: true,
      run: (args) => bool(isAnswered(arg(args, 0).val)),
    },
  ],
  [
    'count',
    {
      params: ['countable'],
      returns: 'number',
      example: 'count(householdMembers) >= 3',
      handlesUnanswered: true,
      run: (args) => {
        const { val, node } = arg(args, 0);
        if (val.kind === 'none') return num(0);
        if (val.kind === 'texts' || val.kind === 'items') return num(val.value.length);
        return fail(
          'expression.runtime',
          'count() needs a group or a question that allows more than one answer',
          node.span,
        );
      },
    },
  ],
  [
    'length',
    {
      params: ['text'],
      returns: 'number',
      example: 'length(reasonForApplying) > 0',
      run: (args) => num([...expectText(arg(args, 0).val, arg(args, 0).node)].length),
    },
  ],
  ['min', pick(Math.min, 'min(earnedIncome, £7,400)')],
  ['max', pick(Math.max, 'max(householdSize - 1, 0)')],
  ['round', rounding(roundHalfAwayFromZero, 'round(weeklyHours) >= 16')],
  ['floor', rounding(Math.floor, 'floor(weeklyHours) >= 16')],
  ['ceil', rounding(Math.ceil, 'ceil(bedroomsNeeded) > bedrooms')],
  [
    'if',
    {
      params: ['boolean', 'any', 'any'],
      returns: 'branches',
      example: 'if(receivesPip, £0, £10)',
      handlesUnanswered: true,
    },
  ],
  [
    'any',
    { params: ['group', 'condition'], returns: 'boolean', example: 'any(householdMembers, item.age >= 18)' },
  ],
  [
    'all',
    {
      params: ['group', 'condition'],
      returns: 'boolean',
      example: 'all(householdMembers, answered(item.dateOfBirth))',
    },
  ],
  [
    'countWhere',
    {
      params: ['group', 'condition'],
      returns: 'number',
      example: 'countWhere(householdMembers, item.age < 5) >= 2',
      handlesUnanswered: true,
    },
  ],
]);
