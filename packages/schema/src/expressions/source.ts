import type { Span } from './ast';

/**
 * Turns offsets into line/column spans. Lines break at \n, \r\n or \r so that
 * sources pasted from Windows or old Mac tools still report the right line.
 */
export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\r' && text[i + 1] === '\n') continue;
      if (ch === '\n' || ch === '\r') this.lineStarts.push(i + 1);
    }
  }

  span(offset: number, length: number): Span {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    const lineStart = this.lineStarts[low] ?? 0;
    return { offset, length, line: low + 1, column: offset - lineStart + 1 };
  }
}

/** The span running from the start of `first` to the end of `last`. */
export function joinSpans(first: Span, last: Span): Span {
  return { ...first, length: last.offset + last.length - first.offset };
}

/** "column 12", or "line 2, column 12" when the two positions are on different lines. */
export function describePosition(target: Span, from: Span): string {
  return target.line === from.line
    ? `column ${target.column}`
    : `line ${target.line}, column ${target.column}`;
}
