export * from './rules';
export * from './interview-prep';
export * from './shadow';
export * from './health';
