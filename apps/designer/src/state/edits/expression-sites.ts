import type { Journey } from '@fingerpost/schema';

/** Where an expression is written in a journey, and its text. */
export interface ExpressionSite {
  path: Array<string | number>;
  source: string;
}

/**
 * Every expression in a journey: conditions on components, routes, eligibility rules, payment
 * amounts, values set on approval and email personalisation.
 */
export function expressionSites(journey: Journey): ExpressionSite[] {
  const sites: ExpressionSite[] = [];
  journey.steps.forEach((step, s) => {
    if (step.type === 'question' || step.type === 'addAnother') {
      step.components.forEach((c, i) => {
        if (c.showIf !== undefined)
          sites.push({ path: ['steps', s, 'components', i, 'showIf'], source: c.showIf });
      });
    }
    if ('next' in step && Array.isArray(step.next)) {
      step.next.forEach((t, i) => {
        if (t.when !== undefined) sites.push({ path: ['steps', s, 'next', i, 'when'], source: t.when });
      });
    }
    if (step.type === 'eligibility') {
      step.rules.forEach((r, i) => {
        sites.push({ path: ['steps', s, 'rules', i, 'when'], source: r.when });
      });
    }
    if (step.type === 'payment' && typeof step.amount === 'string') {
      sites.push({ path: ['steps', s, 'amount'], source: step.amount });
    }
    if (step.type === 'approval') {
      for (const [field, source] of Object.entries(step.onApproved?.set ?? {})) {
        if (source !== undefined) sites.push({ path: ['steps', s, 'onApproved', 'set', field], source });
      }
    }
  });
  (journey.outputs ?? []).forEach((output, o) => {
    if (output.type !== 'email') return;
    for (const [key, source] of Object.entries(output.personalisation ?? {})) {
      if (source !== undefined) sites.push({ path: ['outputs', o, 'personalisation', key], source });
    }
  });
  return sites;
}
