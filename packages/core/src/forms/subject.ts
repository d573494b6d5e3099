import type { Component } from '@fingerpost/schema';
import { lowerFirst, textFor } from './text';

/**
 * How messages name a question: the component's `subject`, or one derived from its label.
 *
 * Derivation covers the common question shapes ("What is your X?" gives "your X", "Do you get X?"
 * gives "if you get X"); any other question gives "an answer" rather than a clumsy sentence.
 * Designers set `subject` when they want better wording.
 *
 * @example
 * subjectFor({ field: 'dob', label: 'What is your date of birth?' }, 'en'); // 'your date of birth'
 */
export function subjectFor(component: Component, language: string): string {
  const explicit = textFor(component.subject, language);
  if (explicit !== '') return explicit;
  const label = textFor(component.label, language).trim();
  return language === 'cy' ? deriveWelsh(label) : deriveEnglish(label);
}

const whatIs = /^what(?: is|'s|’s| are)\s+(.+)$/i;
const doYou = /^do you\s+(.+)$/i;
const auxiliaryYou = /^(are|have|can|will|were|did|could|would|had|was)\s+you\s+(.+)$/i;
const whQuestion = /^(how many|how much|how long|how often|which|when|where|who|why|what)\s+(.+)$/i;

function deriveEnglish(label: string): string {
  const isQuestion = label.endsWith('?');
  const body = label.replace(/[?\s]+$/u, '').trim();
  if (body === '') return 'an answer';
  const what = whatIs.exec(body);
  if (what?.[1]) return what[1];
  const doMatch = doYou.exec(body);
  if (doMatch?.[1]) return `if you ${doMatch[1]}`;
  const aux = auxiliaryYou.exec(body);
  if (aux?.[1] && aux[2]) return `if you ${aux[1].toLowerCase()} ${aux[2]}`;
  const wh = whQuestion.exec(body);
  if (wh?.[1] && wh[2]) {
    // "which benefits do you get" reads as "which benefits you get"; "does" would need the verb changed.
    if (/\b(?:does|did)\b/i.test(wh[2])) return 'an answer';
    return `${wh[1].toLowerCase()} ${wh[2].replace(/\bdo (you|they|we)\b/i, '$1')}`;
  }
  if (isQuestion) return 'an answer';
  return lowerFirst(body);
}

const welshWhatIs = /^beth (?:yw|ydy|ydi|oedd)\s+(.+)$/i;
const welshVerbQuestion =
  /^(?:a\s+)?(?:ydych|ydy|ydi|oes|wyt|oeddech|fyddwch|allwch|ai|ydyn|wnaethoch|gawsoch)\b/i;

function deriveWelsh(label: string): string {
  const isQuestion = label.endsWith('?');
  const body = label.replace(/[?\s]+$/u, '').trim();
  if (body === '') return 'ateb';
  const what = welshWhatIs.exec(body);
  if (what?.[1]) return what[1];
  if (isQuestion || welshVerbQuestion.test(body)) return 'ateb';
  return lowerFirst(body);
}
