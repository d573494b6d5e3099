export * from './connected/index';
export * from './storage/index';
