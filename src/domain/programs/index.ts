export * from './rules';
export * from './cohorts';
