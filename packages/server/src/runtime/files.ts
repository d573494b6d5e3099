import type { Clock } from '@fingerpost/core';
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
 * Stores a file a resident uploads to their application; the answer that uses it is then
 * `{ id, name, size, type }` (the runtime checks the id belongs to the application).
 */
export async function storeUpload(
  deps: { storage: Storage; instances: Instances; clock: Clock; random?: RandomBytes },
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
  const record: FileRecord = {
    id: uuid(deps.random),
    instanceId,
    name: cleanFileName(upload.name),
    type,
    size: upload.content.byteLength,
    createdAt: deps.clock().toISOString(),
  };
  await deps.storage.putFile(record, upload.content);
  return record;
}
