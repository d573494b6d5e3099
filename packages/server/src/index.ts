export type * from './storage/types';
