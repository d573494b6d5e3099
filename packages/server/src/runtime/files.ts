import type { Clock } from '@fingerpost/core';
import { checkFileType } from '../connected/scanning/check-file-type';
import type { Scanner } from '../connected/scanning/types';
import { HttpError } from '../http/http-error';
import type { FileRecord, Storage } from '../storage/types';
import { type RandomBytes, uuid } from './ids';
import type { InstanceAccess } from './instance-access';
import type { Instances } from './instances';

export interface Upload {
  name: string;
  type: string;
  content: Uint8Array;
}

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** A file name safe to store and show: no folders, no control characters, at most 255 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...clean].slice(0, 255).join('') || 'file';
}

/**
 * Refuses a file unless its contents are a known type matching its name, and (when a scanner is
 * configured) clamd finds no malware. A scanner that cannot answer refuses the upload: nothing is
 * ever stored unscanned when scanning is on.
 */
async function checkUpload(upload: Upload, scanner: Scanner | undefined): Promise<string> {
  const type = checkFileType(upload.content, { name: upload.name, type: upload.type });
  if (!type.ok) throw new HttpError(422, type.error.code, type.error.message);
  if (scanner) {
    const scan = await scanner.scan(upload.content, upload.name);
    if ('error' in scan)
      throw new HttpError(
        503,
        'file.not-scanned',
        'We cannot check files for viruses at the moment. Try uploading the file again later',
      );
    if (!scan.clean) throw new HttpError(422, 'file.infected', 'The selected file contains a virus');
  }
  return type.fileType.mimeTypes[0]!;
}

/**
 * Stores a file a resident uploads to their application, after checking its type by content and
 * scanning it; the answer that uses it is then `{ id, name, size, type }` (the runtime checks the
 * id belongs to the application).
 */
export async function storeUpload(
  deps: { storage: Storage; instances: Instances; clock: Clock; random?: RandomBytes; scanner?: Scanner },
  instanceId: string,
  access: InstanceAccess,
  upload: Upload,
): Promise<FileRecord> {
  const meta = await deps.instances.authorise(instanceId, access);
  if (meta.status === 'completed' || meta.status === 'awaitingDecision')
    throw new HttpError(409, 'instance.not-accepting-files', 'This application is not taking new files now');
  const type = upload.type.split(';')[0]!.trim().toLowerCase();
  if (!MEDIA_TYPE.test(type))
    throw new HttpError(
      415,
      'file.unsupported-media-type',
      'Send the file with its media type as Content-Type',
    );
  if (upload.content.byteLength === 0) throw new HttpError(422, 'file.empty', 'The selected file is empty');
  const detectedType = await checkUpload(upload, deps.scanner);
  const record: FileRecord = {
    id: uuid(deps.random),
    instanceId,
    name: cleanFileName(upload.name),
    type: detectedType,
    size: upload.content.byteLength,
    createdAt: deps.clock().toISOString(),
  };
  await deps.storage.putFile(record, upload.content);
  return record;
}
