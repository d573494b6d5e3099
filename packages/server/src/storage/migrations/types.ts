/** One schema change. Versions are applied in ascending order, each exactly once, and never edited once released. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}
