import { describe, expect, it } from 'vitest';
import { cohortLabel, workingCohort } from './cohorts';

const autumn = { id: 'a', name: 'Autumn', startsOn: '2026-01-10', endsOn: '2026-07-01' };
const winter = { id: 'w', name: 'Winter', startsOn: '2026-10-01', endsOn: '2027-03-31' };
const spring = { id: 's', name: 'Spring', startsOn: '2027-04-01', endsOn: '2027-09-30' };

describe('the cohort a coordinator works on now', () => {
  it('is the running one, not the first in the list that ended long ago', () => {
    expect(workingCohort([autumn, winter, spring], '2026-12-02')?.id).toBe('w');
  });
  it('is the next to start when none runs today, and the last day still counts', () => {
    expect(workingCohort([autumn, spring, winter], '2026-08-01')?.id).toBe('w');
    expect(workingCohort([autumn, winter], '2026-07-01')?.id).toBe('a');
  });
  it('is the one that ended last when every cohort has ended, and none without cohorts', () => {
    expect(workingCohort([winter, autumn], '2028-01-01')?.id).toBe('w');
    expect(workingCohort([], '2026-12-02')).toBeUndefined();
  });
  it('labels ended and future cohorts so a picker says which is which', () => {
    expect([autumn, winter, spring].map((c) => cohortLabel(c, '2026-12-02'))).toEqual(['Autumn (ended)', 'Winter', 'Spring (starts 2027-04-01)']);
  });
});
