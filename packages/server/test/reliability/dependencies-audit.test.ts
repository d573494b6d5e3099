/*
 * Issue 10, item 7: no high or critical advisory in the production dependencies, by
 * `pnpm audit --prod --audit-level high` against the lockfile. The audit asks the registry's
 * security endpoint; where that cannot be reached the check says so loudly and is skipped —
 * never a silent pass — and FINGERPOST_REQUIRE_AUDIT=1 turns that into a failure.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../src/testing/test-server';
import { type AuditReport, seriousAdvisories } from './support/audit-report';

/** Runs the audit; the exit code is not the verdict (pnpm exits 1 both for findings and for failures). */
async function audit(): Promise<{ report: AuditReport | null; output: string }> {
  const run = promisify(execFile);
  let stdout = '';
  let stderr = '';
  try {
    ({ stdout, stderr } = await run(
      'npx',
      ['-y', 'pnpm@10', 'audit', '--prod', '--audit-level', 'high', '--json'],
      {
        cwd: REPO,
        timeout: 180_000,
        maxBuffer: 64 * 1024 * 1024,
      },
    ));
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    stdout = failed.stdout ?? '';
    stderr = failed.stderr ?? failed.message;
  }
  try {
    return { report: JSON.parse(stdout) as AuditReport, output: stdout + stderr };
  } catch {
    return { report: null, output: stdout + stderr };
  }
}

const UNREACHABLE =
  /ERR_PNPM_AUDIT_BAD_RESPONSE|ERR_PNPM_AUDIT_ENDPOINT|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|responded with (4|5)\d\d/;

describe('production dependencies', () => {
  it('the verdict reads pnpm’s report: a high or critical advisory fails it, a moderate one does not', () => {
    const advisory = (severity: string, module_name: string) => ({
      module_name,
      severity,
      title: 'Prototype pollution',
      url: 'https://github.com/advisories/GHSA-xxxx',
      vulnerable_versions: '<1.2.3',
      findings: [{ version: '1.0.0', paths: [`packages__server>${module_name}`] }],
    });
    expect(
      seriousAdvisories({ advisories: { 1: advisory('moderate', 'a'), 2: advisory('low', 'b') } }),
    ).toEqual([]);
    const found = seriousAdvisories({
      advisories: { 1: advisory('high', 'c'), 2: advisory('critical', 'd') },
    });
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('high: c <1.2.3');
    expect(found[1]).toContain('packages__server>d');
  });

  it('have no high or critical advisories (pnpm audit --prod --audit-level high)', async (t) => {
    const { report, output } = await audit();
    const problem = report?.error
      ? `${report.error.code}: ${report.error.message}`
      : report
        ? null
        : output.slice(0, 500);
    if (problem !== null && UNREACHABLE.test(problem)) {
      const message = `the registry's audit endpoint cannot be reached from here (${problem.slice(0, 300)})`;
      if (process.env.FINGERPOST_REQUIRE_AUDIT === '1') throw new Error(`dependency audit: ${message}`);
      console.warn(
        `NOT CHECKED: dependency audit — ${message}. Run \`npx -y pnpm@10 audit --prod --audit-level high\` where the registry's security endpoint answers, or set FINGERPOST_REQUIRE_AUDIT=1 to fail here instead.`,
      );
      t.skip();
      return;
    }
    expect(problem, 'pnpm audit failed').toBeNull();
    const serious = seriousAdvisories(report!);
    console.info(
      `dependency audit: ${JSON.stringify(report!.metadata?.vulnerabilities ?? {})} over ${report!.metadata?.dependencies ?? '?'} production dependencies`,
    );
    expect(serious).toEqual([]);
  }, 240_000);
});
