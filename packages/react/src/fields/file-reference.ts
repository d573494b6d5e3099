/** What the engine keeps for a file: a reference to where the host stored it. */
export interface FileReference {
  id: string;
  name: string;
  size: number;
  type: string;
}

/** Stores a file somewhere and says where; a host passes one that uploads to its server. */
export type FileUploader = (file: File) => Promise<FileReference>;

/**
 * Keeps the file in the browser and refers to it by name, size and date: for previews and
 * prototypes, where nothing is sent anywhere.
 * @example await localFileReference(new File(['x'], 'a.pdf', { type: 'application/pdf' })) // { id: 'local:a.pdf:1:…', … }
 */
export const localFileReference: FileUploader = async (file) => ({
  id: `local:${file.name}:${file.size}:${file.lastModified}`,
  name: file.name,
  size: file.size,
  type: file.type || 'application/octet-stream',
});
