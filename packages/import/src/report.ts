import type { ImportItem, ImportReport } from './types';

/**
 * Builds a JSON Pointer (RFC 6901) into the source form.
 * @example sourcePointer('pages', 2, 'components', 0) // '/pages/2/components/0'
 */
export function sourcePointer(...segments: Array<string | number>): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Collects what an import did, in the order it did it. */
export class ReportBuilder {
  private readonly items: ImportReport = { mapped: [], approximated: [], dropped: [] };

  mapped(path: string, what: string, why: string): void {
    this.items.mapped.push({ path, what, why });
  }

  approximated(path: string, what: string, why: string): void {
    this.items.approximated.push({ path, what, why });
  }

  dropped(path: string, what: string, why: string): void {
    this.items.dropped.push({ path, what, why });
  }

  /**
   * Moves items reported as mapped for a source part (and its children) to dropped, because the
   * part was later removed. Returns how many moved.
   */
  demote(pathPrefix: string, why: string): number {
    const keep: ImportItem[] = [];
    let moved = 0;
    for (const item of this.items.mapped) {
      if (item.path === pathPrefix || item.path.startsWith(`${pathPrefix}/`)) {
        this.items.dropped.push({ ...item, why });
        moved++;
      } else keep.push(item);
    }
    this.items.mapped = keep;
    return moved;
  }

  report(): ImportReport {
    const byPath = (a: ImportItem, b: ImportItem) => comparePointers(a.path, b.path);
    return {
      mapped: [...this.items.mapped].sort(byPath),
      approximated: [...this.items.approximated].sort(byPath),
      dropped: [...this.items.dropped].sort(byPath),
    };
  }
}

/** Orders pointers as the source reads: numeric segments by number, so /pages/10 follows /pages/9. */
function comparePointers(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i]!;
    const y = bs[i]!;
    if (x === y) continue;
    const nx = /^\d+$/.test(x) ? Number(x) : Number.NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : Number.NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}
