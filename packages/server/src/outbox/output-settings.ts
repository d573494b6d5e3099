import type { Journey } from '@fingerpost/schema';

/**
 * What stops the published journeys' outputs from being delivered, as lines for the start-up log:
 * email outputs with no Notify key, webhooks whose signing secret is not in the environment.
 * Their items are kept and retried, so configuring the missing setting and restarting delivers them.
 * @example outputWarnings([journey], { notify: false, env: process.env })
 * // ['fingerpost: report-missed-bin sends emails, but GOV.UK Notify is not configured …']
 */
export function outputWarnings(
  journeys: readonly Journey[],
  settings: { notify: boolean; env: Readonly<Record<string, string | undefined>> },
): string[] {
  const warnings: string[] = [];
  for (const journey of journeys) {
    const outputs = journey.outputs ?? [];
    if (!settings.notify && outputs.some((o) => o.type === 'email'))
      warnings.push(
        `fingerpost: ${journey.id} sends emails, but GOV.UK Notify is not configured (FINGERPOST_NOTIFY_API_KEY): they wait until it is`,
      );
    for (const output of outputs)
      if (output.type === 'webhook' && output.secretEnv && !settings.env[output.secretEnv])
        warnings.push(
          `fingerpost: ${journey.id} signs its "${output.id}" webhook with ${output.secretEnv}, which is not set: it waits until it is`,
        );
  }
  return warnings;
}
