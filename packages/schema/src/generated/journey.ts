/* Generated from the JSON Schema by scripts/generate-types.mjs. Do not edit: run `pnpm generate`. */

/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ServiceArea".
 */
export type ServiceArea =
  | 'adult-social-care'
  | 'benefits-and-council-tax'
  | 'children-and-education'
  | 'democracy-and-information'
  | 'environment'
  | 'housing'
  | 'licensing'
  | 'parking-and-transport'
  | 'planning-and-building'
  | 'waste-and-recycling'
  | 'other';
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "LanguageCode".
 */
export type LanguageCode = string;
/**
 * Text a resident sees: a plain string (English) or an object with one entry per language.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Text".
 */
export type Text =
  | string
  | {
      [k: string]: string | undefined;
    };
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Slug".
 */
export type Slug = string;
/**
 * A named, typed piece of data the journey collects.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Field".
 */
export type Field = ScalarField | ChoiceField | GroupField;
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "OptionValue".
 */
export type OptionValue = string;
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Step".
 */
export type Step =
  | QuestionStep
  | AddAnotherStep
  | ContentStep
  | BranchStep
  | EligibilityStep
  | CheckAnswersStep
  | ApprovalStep
  | FeedbackStep
  | PaymentStep
  | EndStep;
/**
 * A field's name as used in expressions: letters and digits, starting with a letter (camelCase).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "FieldName".
 */
export type FieldName = string;
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Date".
 */
export type Date = string;
/**
 * Where to go next: a step id, or transitions tried in order; the last has no "when" and is the default.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Next".
 */
export type Next = string | [Transition, ...Transition[]];
/**
 * A condition or value in Fingerpost's expression language (docs/expressions.md). Parsed and type-checked, never run as code.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Expression".
 */
export type Expression = string;
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "EligibilityResult".
 */
export type EligibilityResult = 'eligible' | 'ineligible' | 'furtherAssessment';
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Decision".
 */
export type Decision = 'approve' | 'reject' | 'requestMoreInformation';
/**
 * When a task is due: an ISO 8601 duration (calendar time) or a number of working days (weekends and England and Wales bank holidays excluded).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Deadline".
 */
export type Deadline = CalendarDeadline | WorkingDaysDeadline;
/**
 * What happens when a task's deadline passes.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "OnDeadline".
 */
export type OnDeadline =
  | {
      action: 'escalate';
      role: Slug;
    }
  | {
      action: 'decide';
      decision: 'approve' | 'reject';
      reason?: Text;
    };
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Output".
 */
export type Output =
  | {
      type: 'webhook';
      id: Slug;
      on?: OutputTrigger;
      url: string;
      /**
       * Environment variable holding the signing secret.
       */
      secretEnv?: string;
    }
  | {
      type: 'email';
      id: Slug;
      on?: OutputTrigger;
      /**
       * The GOV.UK Notify template's id (a UUID, from the template's page in Notify).
       */
      templateId: string;
      /**
       * A field's name as used in expressions: letters and digits, starting with a letter (camelCase).
       */
      to: string;
      /**
       * Template placeholders and the expressions that fill them; "reference" is always available.
       */
      personalisation?: {
        [k: string]: Expression | undefined;
      };
    };
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "OutputTrigger".
 */
export type OutputTrigger = 'submitted' | 'approved' | 'rejected' | 'ineligible' | 'withdrawn';
/**
 * A step's id: lower case words joined by hyphens, used in web addresses.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "StepId".
 */
export type StepId = string;
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "FieldType".
 */
export type FieldType =
  | 'text'
  | 'longText'
  | 'number'
  | 'money'
  | 'date'
  | 'yesNo'
  | 'singleChoice'
  | 'multipleChoice'
  | 'email'
  | 'phone'
  | 'postcode'
  | 'address'
  | 'file'
  | 'group';

/**
 * A Fingerpost journey: a council service as data. Questions, branching, eligibility rules, check your answers, caseworker approvals and feedback.
 */
export interface Journey {
  $schema?: string;
  /**
   * Stable identifier of the journey, used in web addresses: lower case words joined by hyphens.
   */
  id: string;
  /**
   * Semantic version of this journey definition. A published version never changes.
   */
  version: string;
  /**
   * The service name as residents see it, e.g. "Apply for a Blue Badge".
   */
  title:
    | string
    | {
        [k: string]: string | undefined;
      };
  /**
   * What the service is for, shown on the start page.
   */
  description:
    | string
    | {
        [k: string]: string | undefined;
      };
  serviceArea: ServiceArea;
  owner: Owner;
  /**
   * Which nation's rules the journey applies.
   */
  nation?: 'england' | 'wales' | 'england-and-wales';
  /**
   * The date from which the rules in this version apply.
   */
  rulesApplyFrom?: string;
  /**
   * Languages every resident-facing text is given in. English is always first; add "cy" for Welsh.
   *
   * @minItems 1
   */
  languages: [LanguageCode, ...LanguageCode[]];
  /**
   * Prefix of the reference number given on submission, e.g. "BB" gives BB-7K3D-9Q2F.
   */
  referencePrefix?: string;
  startPage?: StartPage;
  /**
   * Caseworker roles that can act on this journey's approval tasks.
   */
  roles?: Role[];
  /**
   * The data model: every answer the journey collects, by field name.
   */
  fields: {
    [k: string]: Field | undefined;
  };
  /**
   * The first step after the start page.
   */
  start: string;
  /**
   * @minItems 1
   */
  steps: [Step, ...Step[]];
  /**
   * What the service sends when an instance reaches an outcome.
   */
  outputs?: Output[];
  retention?: Retention;
  feedback?: FeedbackSettings;
}
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Owner".
 */
export interface Owner {
  /**
   * The council or team that owns the service.
   */
  name: string;
  team?: string;
  email?: string;
}
/**
 * Extra content for the start page, beneath the description.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "StartPage".
 */
export interface StartPage {
  /**
   * Paragraphs separated by blank lines; plain text, never HTML.
   */
  body?:
    | string
    | {
        [k: string]: string | undefined;
      };
  beforeYouStart?: Text;
}
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Role".
 */
export interface Role {
  id: Slug;
  name: string;
}
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ScalarField".
 */
export interface ScalarField {
  type:
    | 'text'
    | 'longText'
    | 'number'
    | 'money'
    | 'date'
    | 'yesNo'
    | 'email'
    | 'phone'
    | 'postcode'
    | 'address'
    | 'file';
  /**
   * For designers and developers; residents never see it.
   */
  description?: string;
  /**
   * True when the answer identifies a person; erased on request.
   */
  personalData?: boolean;
}
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ChoiceField".
 */
export interface ChoiceField {
  type: 'singleChoice' | 'multipleChoice';
  description?: string;
  personalData?: boolean;
  /**
   * @minItems 1
   */
  options: [Option, ...Option[]];
}
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Option".
 */
export interface Option {
  value: OptionValue;
  label: Text;
  hint?: Text;
  /**
   * For multiple choice: a "None of these" answer that cannot be combined with others.
   */
  exclusive?: boolean;
}
/**
 * A repeating group ("add another"): a list of items, each with its own fields.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "GroupField".
 */
export interface GroupField {
  type: 'group';
  description?: string;
  personalData?: boolean;
  minItems?: number;
  maxItems?: number;
  fields: {
    [k: string]: ScalarField | ChoiceField | undefined;
  };
}
/**
 * A page of one or more questions. One thing per page: a single question's label is the page heading.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "QuestionStep".
 */
export interface QuestionStep {
  /**
   * A step's id: lower case words joined by hyphens, used in web addresses.
   */
  id: string;
  type: 'question';
  /**
   * Text a resident sees: a plain string (English) or an object with one entry per language.
   */
  title?:
    | string
    | {
        [k: string]: string | undefined;
      };
  /**
   * Text a resident sees: a plain string (English) or an object with one entry per language.
   */
  caption?:
    | string
    | {
        [k: string]: string | undefined;
      };
  intro?: Text;
  /**
   * @minItems 1
   */
  components: [Component, ...Component[]];
  next: Next;
}
/**
 * One question on a page, bound to a field of the data model.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Component".
 */
export interface Component {
  field: FieldName;
  /**
   * Text a resident sees: a plain string (English) or an object with one entry per language.
   */
  label:
    | string
    | {
        [k: string]: string | undefined;
      };
  hint?: Text;
  /**
   * Text a resident sees: a plain string (English) or an object with one entry per language.
   */
  subject?:
    | string
    | {
        [k: string]: string | undefined;
      };
  /**
   * Optional questions say "(optional)" and may be left blank.
   */
  optional?: boolean;
  /**
   * Shown (and validated and kept) only when this holds.
   */
  showIf?: string;
  /**
   * How to present the field when its type allows more than one presentation. "addressLookup" asks an address field's postcode first and offers the addresses found there (the server's address provider), with manual entry always available.
   */
  widget?: 'radios' | 'select' | 'checkboxes' | 'textarea' | 'characterCount' | 'addressLookup';
  /**
   * HTML autocomplete token, e.g. "bday" or "email".
   */
  autocomplete?: string;
  width?:
    | '2'
    | '3'
    | '4'
    | '5'
    | '10'
    | '20'
    | '30'
    | 'one-quarter'
    | 'one-third'
    | 'one-half'
    | 'two-thirds'
    | 'full';
  prefix?: string;
  suffix?: Text;
  validation?: Validation;
  errors?: ErrorMessages;
}
/**
 * Rules checked when the page is submitted. Money limits are in pence.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Validation".
 */
export interface Validation {
  min?: number;
  max?: number;
  integer?: boolean;
  minLength?: number;
  maxLength?: number;
  maxWords?: number;
  /**
   * A regular expression the whole answer must match. Checked for safety: no nested repetition.
   */
  pattern?: string;
  /**
   * For multiple choice: how many at least.
   */
  minItems?: number;
  maxItems?: number;
  /**
   * Dates: must be before today.
   */
  past?: boolean;
  /**
   * Dates: must be after today.
   */
  future?: boolean;
  notBefore?: Date;
  notAfter?: Date;
  /**
   * Files: the largest size allowed.
   */
  maxSizeKb?: number;
  /**
   * Files: allowed media types, e.g. image/jpeg, application/pdf.
   */
  accept?: string[];
}
/**
 * Replace the built-in error messages for this question.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ErrorMessages".
 */
export interface ErrorMessages {
  required?: Text;
  format?: Text;
  min?: Text;
  max?: Text;
  integer?: Text;
  minLength?: Text;
  maxLength?: Text;
  maxWords?: Text;
  pattern?: Text;
  minItems?: Text;
  maxItems?: Text;
  past?: Text;
  future?: Text;
  notBefore?: Text;
  notAfter?: Text;
  maxSizeKb?: Text;
  accept?: Text;
}
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Transition".
 */
export interface Transition {
  when?: Expression;
  /**
   * A step's id: lower case words joined by hyphens, used in web addresses.
   */
  goTo: string;
}
/**
 * Collects a repeating group item by item, with a list to add, change and remove items.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "AddAnotherStep".
 */
export interface AddAnotherStep {
  /**
   * A step's id: lower case words joined by hyphens, used in web addresses.
   */
  id: string;
  type: 'addAnother';
  /**
   * A field's name as used in expressions: letters and digits, starting with a letter (camelCase).
   */
  group: string;
  /**
   * Text a resident sees: a plain string (English) or an object with one entry per language.
   */
  title:
    | string
    | {
        [k: string]: string | undefined;
      };
  /**
   * Text a resident sees: a plain string (English) or an object with one entry per language.
   */
  itemName:
    | string
    | {
        [k: string]: string | undefined;
      };
  /**
   * A field's name as used in expressions: letters and digits, starting with a letter (camelCase).
   */
  summaryField?: string;
  caption?: Text;
  /**
   * Questions about one item; their fields are the group's fields.
   *
   * @minItems 1
   */
  components: [Component, ...Component[]];
  next: Next;
}
/**
 * A page of information or a notice, with a Continue button.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ContentStep".
 */
export interface ContentStep {
  /**
   * A step's id: lower case words joined by hyphens, used in web addresses.
   */
  id: string;
  type: 'content';
  title: Text;
  /**
   * Text a resident sees: a plain string (English) or an object with one entry per language.
   */
  body:
    | string
    | {
        [k: string]: string | undefined;
      };
  warning?: Text;
  next: Next;
}
/**
 * A branch point with no page: routes by conditions on earlier answers.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "BranchStep".
 */
export interface BranchStep {
  /**
   * A step's id: lower case words joined by hyphens, used in web addresses.
   */
  id: string;
  type: 'branch';
  description?: string;
  /**
   * @minItems 1
   */
  next: [Transition, ...Transition[]];
}
/**
 * Eligibility rules evaluated in order; the first that holds decides, with its reason.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "EligibilityStep".
 */
export interface EligibilityStep {
  /**
   * A step's id: lower case words joined by hyphens, used in web addresses.
   */
  id: string;
  type: 'eligibility';
  /**
   * @minItems 1
   */
  rules: [EligibilityRule, ...EligibilityRule[]];
  otherwise: EligibilityOtherwise;
}
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "EligibilityRule".
 */
export interface EligibilityRule {
  id: Slug;
  when: Expression;
  result: EligibilityResult;
  /**
   * Text a resident sees: a plain string (English) or an object with one entry per language.
   */
  reason:
    | string
    | {
        [k: string]: string | undefined;
      };
  /**
   * The law or guidance the rule comes from.
   */
  source?: string;
  /**
   * A step's id: lower case words joined by hyphens, used in web addresses.
   */
  next: string;
}
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "EligibilityOtherwise".
 */
export interface EligibilityOtherwise {
  result: EligibilityResult;
  reason: Text;
  source?: string;
  /**
   * A step's id: lower case words joined by hyphens, used in web addresses.
   */
  next: string;
}
/**
 * Check your answers: every answer with a Change link; continuing submits the application.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "CheckAnswersStep".
 */
export interface CheckAnswersStep {
  /**
   * A step's id: lower case words joined by hyphens, used in web addresses.
   */
  id: string;
  type: 'checkAnswers';
  title?: Text;
  /**
   * Text a resident sees: a plain string (English) or an object with one entry per language.
   */
  declaration?:
    | string
    | {
        [k: string]: string | undefined;
      };
  submitLabel?: Text;
  next: Next;
}
/**
 * Caseworker decisions. Several tasks run in parallel and all must approve; consecutive approval steps are sequential stages.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ApprovalStep".
 */
export interface ApprovalStep {
  /**
   * A step's id: lower case words joined by hyphens, used in web addresses.
   */
  id: string;
  type: 'approval';
  /**
   * @minItems 1
   */
  tasks: [ApprovalTask, ...ApprovalTask[]];
  onApproved?: {
    /**
     * Fields recorded on approval, e.g. a badge's expiry date.
     */
    set?: {
      [k: string]: Expression | undefined;
    };
  };
  next: {
    /**
     * A step's id: lower case words joined by hyphens, used in web addresses.
     */
    approved: string;
    /**
     * A step's id: lower case words joined by hyphens, used in web addresses.
     */
    rejected: string;
  };
}
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ApprovalTask".
 */
export interface ApprovalTask {
  id: Slug;
  /**
   * The task as caseworkers see it in their queue.
   */
  title: string;
  /**
   * @minItems 1
   */
  roles: [Slug, ...Slug[]];
  /**
   * @minItems 1
   */
  decisions: [Decision, ...Decision[]];
  deadline?: Deadline;
  onDeadline?: OnDeadline;
  /**
   * Pages a caseworker may ask the resident to revisit; all question pages when absent.
   *
   * Items: A step's id: lower case words joined by hyphens, used in web addresses.
   */
  revisitable?: string[];
}
export interface CalendarDeadline {
  /**
   * ISO 8601 duration, e.g. P56D or PT48H.
   */
  duration: string;
  /**
   * Stop the clock while the resident is asked for more information (e.g. an FOI clarification).
   */
  pauseWhileWaitingForResident?: boolean;
}
export interface WorkingDaysDeadline {
  workingDays: number;
  /**
   * Stop the clock while the resident is asked for more information (e.g. an FOI clarification).
   */
  pauseWhileWaitingForResident?: boolean;
}
/**
 * A co-design feedback point: asks the resident how satisfied they are (GOV.UK 5-point scale) and for a comment.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "FeedbackStep".
 */
export interface FeedbackStep {
  /**
   * A step's id: lower case words joined by hyphens, used in web addresses.
   */
  id: string;
  type: 'feedback';
  title?: Text;
  question?: Text;
  next: Next;
}
/**
 * A fee paid through GOV.UK Pay. The resident sees the amount and a "Continue to payment" button; the journey moves on only once the payment has succeeded. Put it after check your answers, so the amount cannot change once paid.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "PaymentStep".
 */
export interface PaymentStep {
  /**
   * A step's id: lower case words joined by hyphens, used in web addresses.
   */
  id: string;
  type: 'payment';
  title: Text;
  /**
   * Text a resident sees: a plain string (English) or an object with one entry per language.
   */
  description:
    | string
    | {
        [k: string]: string | undefined;
      };
  /**
   * In pence: a whole number (4000 is £40), or an expression over the answers whose type is money, e.g. "if(bins = 2, £80, £40)". An amount of £0 means nothing to pay: the step passes straight on.
   */
  amount: number | Expression;
  next: Next;
}
/**
 * An end state. Submitted and approved ends show the reference number in a panel.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "EndStep".
 */
export interface EndStep {
  /**
   * A step's id: lower case words joined by hyphens, used in web addresses.
   */
  id: string;
  type: 'end';
  outcome: 'submitted' | 'approved' | 'ineligible' | 'rejected' | 'withdrawn';
  title: Text;
  body?: Text;
  whatHappensNext?: Text;
  /**
   * Text a resident sees: a plain string (English) or an object with one entry per language.
   */
  alternatives?:
    | string
    | {
        [k: string]: string | undefined;
      };
  contact?: Text;
}
/**
 * How long answers are kept after an instance ends (UK GDPR Art 5(1)(e)).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Retention".
 */
export interface Retention {
  days: number;
}
/**
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "FeedbackSettings".
 */
export interface FeedbackSettings {
  /**
   * "Is this page useful?" on every page (default true).
   */
  pageFeedback?: boolean;
  /**
   * The end-of-service survey on the confirmation page (default true).
   */
  satisfactionSurvey?: boolean;
}
