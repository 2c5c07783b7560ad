/** Pure follow-through rules: cadences, occasions, thank-yous, commitments, templates and habits. */
export * from './vocabulary';
export { addDays, addMonths, daysBetween, isIsoDate } from './calendar-date';
export * from './local-time';
export * from './cadence';
export * from './occasions';
export * from './thank-you';
export * from './commitments';
export * from './templates';
export * from './built-in-templates';
export * from './habits';
export * from './schemas';
