import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStorageConformance } from './conformance';
import { createSqliteStorage } from './sqlite/storage';

describeStorageConformance('SQLite (a real file in a temporary folder)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fingerpost-storage-'));
  const file = join(dir, 'nested', 'fingerpost.db');
  return {
    open: () => createSqliteStorage({ file }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
