export * from './kinds';
export * from './news';
