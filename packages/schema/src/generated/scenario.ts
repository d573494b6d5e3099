/* Generated from the JSON Schema by scripts/generate-types.mjs. Do not edit: run `pnpm generate`. */

/**
 * This interface was referenced by `ScenarioFile`'s JSON-Schema
 * via the `definition` "Action".
 */
export type Action =
  | {
      /**
       * The step id; must be the current step.
       */
      submit: string;
      answers?: {};
      /**
       * The page must be rejected with exactly these errors.
       */
      expectErrors?: {
        field: string;
        code?: string;
      }[];
    }
  | {
      addItem: string;
      answers?: {};
    }
  | {
      back: true;
    }
  | {
      change: string;
    }
  | {
      /**
       * The approval task id.
       */
      decide: string;
      decision: 'approve' | 'reject' | 'requestMoreInformation';
      role: string;
      actor?: string;
      comment?: string;
      pages?: string[];
      /**
       * The decision must be refused with this error code.
       */
      expectError?: string;
    }
  | {
      advanceClock: string;
    }
  | {
      feedback: {
        kind?: 'pageUseful' | 'pageNotUseful' | 'problem' | 'satisfaction';
        rating?: number;
        comment?: string;
      };
    }
  | {
      withdraw: true;
    }
  | {
      /**
       * The payment step's id; must be the current step.
       */
      pay: string;
      outcome?: 'success' | 'failed' | 'cancelled' | 'expired';
    }
  | {
      expect: Expectation;
    };

/**
 * Scenarios for one journey: what a resident answers, what caseworkers decide, and what must come of it. Run by `fingerpost test`.
 */
export interface ScenarioFile {
  $schema?: string;
  /**
   * The id of the journey these scenarios are for.
   */
  journey: string;
  /**
   * When given, the journey version these scenarios are for.
   */
  version?: string;
  /**
   * @minItems 1
   */
  scenarios: [Scenario, ...Scenario[]];
}
/**
 * This interface was referenced by `ScenarioFile`'s JSON-Schema
 * via the `definition` "Scenario".
 */
export interface Scenario {
  name: string;
  description?: string;
  /**
   * The clock at the start, e.g. 2026-03-02T09:00:00Z. Defaults to 2026-01-05T09:00:00Z.
   */
  now?: string;
  language?: string;
  actions: Action[];
  expect: Expectation;
}
/**
 * This interface was referenced by `ScenarioFile`'s JSON-Schema
 * via the `definition` "Expectation".
 */
export interface Expectation {
  status?: 'inProgress' | 'awaitingDecision' | 'moreInformationRequested' | 'completed';
  /**
   * The current step id.
   */
  step?: string;
  outcome?: 'submitted' | 'approved' | 'ineligible' | 'rejected' | 'withdrawn';
  eligibility?: {
    result?: 'eligible' | 'ineligible' | 'furtherAssessment';
    /**
     * The id of the rule that decided, or "otherwise".
     */
    rule?: string;
  };
  /**
   * Answers that must hold these values (missing key: must not be kept, when given as null).
   */
  answers?: {};
  openTasks?: string[];
  /**
   * On a payment step: the amount it asks, in pence (5250) or as written ("£52.50").
   */
  amountToPay?: number | string;
}
