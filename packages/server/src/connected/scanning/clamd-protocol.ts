import type { ScanResult } from './types';

/** clamd reads a stream as chunks, each led by its length as 4 bytes, big-endian; a zero length ends it. */
export function instreamFrames(bytes: Uint8Array, chunkSize: number): Buffer[] {
  const frames: Buffer[] = [Buffer.from('zINSTREAM\0', 'latin1')];
  for (let start = 0; start < bytes.length; start += chunkSize) {
    const chunk = bytes.subarray(start, Math.min(start + chunkSize, bytes.length));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(chunk.length, 0);
    frames.push(length, Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
  }
  frames.push(Buffer.alloc(4));
  return frames;
}

/**
 * Reads clamd's reply to INSTREAM: "stream: OK", "stream: <signature> FOUND", or
 * "<problem> ERROR" (for example "INSTREAM size limit exceeded. ERROR").
 */
export function readScanReply(reply: string, name: string): ScanResult {
  const text = reply.replace(/\0/g, '').trim();
  if (text === 'stream: OK') return { clean: true };
  const found = /^stream: (.+) FOUND$/.exec(text);
  if (found?.[1]) return { clean: false, signature: found[1] };
  if (/size limit exceeded/i.test(text)) {
    return {
      error: {
        code: 'scanner.too-large',
        message: `"${name}" is larger than the virus scanner will check (its StreamMaxLength), so it was not scanned`,
      },
    };
  }
  const problem =
    text === '' ? 'it closed the connection without an answer' : `it answered "${text.slice(0, 200)}"`;
  return {
    error: {
      code: 'scanner.unavailable',
      message: `The virus scanner could not check "${name}": ${problem}`,
    },
  };
}
