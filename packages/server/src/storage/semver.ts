/**
 * Orders journey versions by semantic-version precedence (1.10.0 after 1.9.0; 1.0.0-beta before
 * 1.0.0). Strings that are not semantic versions sort before every semantic version, by code unit.
 *
 * @example
 * ['1.10.0', '1.9.0'].sort(compareVersions); // ['1.9.0', '1.10.0']
 */
export function compareVersions(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) {
    if (pa) return 1;
    if (pb) return -1;
    return compareText(a, b);
  }
  for (let i = 0; i < 3; i++) {
    const diff = compareNumeric(pa.core[i]!, pb.core[i]!);
    if (diff !== 0) return diff;
  }
  return comparePrerelease(pa.prerelease, pb.prerelease);
}

interface Parsed {
  core: [string, string, string];
  prerelease: string[];
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

function parse(version: string): Parsed | null {
  const match = SEMVER.exec(version);
  if (!match) return null;
  return {
    core: [match[1]!, match[2]!, match[3]!],
    prerelease: match[4] === undefined ? [] : match[4].split('.'),
  };
}

/** Digit strings of any length, without losing precision to Number. */
function compareNumeric(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return compareText(a, b);
}

function comparePrerelease(a: string[], b: string[]): number {
  // A release has precedence over any of its pre-releases.
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    const xNumeric = /^\d+$/.test(x);
    const yNumeric = /^\d+$/.test(y);
    let diff: number;
    if (xNumeric && yNumeric) diff = compareNumeric(x, y);
    else if (xNumeric !== yNumeric) diff = xNumeric ? -1 : 1;
    else diff = compareText(x, y);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Journey versions grouped by journey id (code-unit order), each journey's versions by precedence. */
export function byJourneyThenVersion(
  a: { journeyId: string; version: string },
  b: { journeyId: string; version: string },
): number {
  if (a.journeyId !== b.journeyId) return compareText(a.journeyId, b.journeyId);
  return compareVersions(a.version, b.version);
}
