/** The parts of `pnpm audit --json` output the dependency check reads. */
export interface Advisory {
  module_name: string;
  severity: string;
  title: string;
  url: string;
  vulnerable_versions: string;
  findings?: Array<{ version: string; paths: string[] }>;
}

export interface AuditReport {
  advisories?: Record<string, Advisory>;
  metadata?: { vulnerabilities?: Record<string, number>; dependencies?: number };
  error?: { code: string; message: string };
}

/** High and critical advisories, one line each: what, which versions, why, and how it is reached. */
export function seriousAdvisories(report: AuditReport): string[] {
  return Object.values(report.advisories ?? {})
    .filter((a) => a.severity === 'high' || a.severity === 'critical')
    .map(
      (a) =>
        `${a.severity}: ${a.module_name} ${a.vulnerable_versions} — ${a.title} (${a.url}) via ${(
          a.findings ?? []
        )
          .flatMap((f) => f.paths)
          .slice(0, 3)
          .join(', ')}`,
    );
}
