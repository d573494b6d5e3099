import type { Journey } from '@fingerpost/schema';

/** Every caseworker role a journey names: declared roles, task roles and escalation roles. */
export function journeyRoles(journey: Journey): Set<string> {
  const roles = new Set((journey.roles ?? []).map((r) => r.id));
  for (const step of journey.steps) {
    if (step.type !== 'approval') continue;
    for (const task of step.tasks) {
      for (const role of task.roles) roles.add(role);
      if (task.onDeadline?.action === 'escalate') roles.add(task.onDeadline.role);
    }
  }
  return roles;
}
