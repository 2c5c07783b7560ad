// Every table of every room is exported here, so drizzle-kit sees one schema.
export * from './users';
export * from './network';
export * from './follow-through';
export * from './interviews';
export * from './mentoring';
export * from './programs';
export * from './mentor-directory';
export * from './inbox';
export * from './events';
export * from './job-board';
