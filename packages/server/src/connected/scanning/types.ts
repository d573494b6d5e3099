/**
 * What a scan found. `error` means the file was NOT scanned: the upload must be refused, never
 * stored unscanned. scanner.too-large: bigger than the scanner will read (clamd's StreamMaxLength).
 */
export type ScanResult =
  | { clean: true }
  | { clean: false; signature: string }
  | { error: { code: 'scanner.unavailable' | 'scanner.too-large'; message: string } };

/** Scans an uploaded file's bytes before they are stored or shown to anyone. */
export interface Scanner {
  scan(bytes: Uint8Array, name: string): Promise<ScanResult>;
}
