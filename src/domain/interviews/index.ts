export * from './stages';
export * from './questions';
