import { describe, expect, it } from 'vitest';
import { readDate } from './dates';

const ok = (date: string) => ({ ok: true, date });

describe('readDate', () => {
  it.each([
    ['05 Oct 2020', '2020-10-05'],
    ['5 October 2020', '2020-10-05'],
    ['Oct 5, 2020', '2020-10-05'],
    ['2020-10-05', '2020-10-05'],
    ['2020-10-05T00:00:00Z', '2020-10-05'],
    ['20201005', '2020-10-05'],
    ['--04-15', '--04-15'],
    ['--0415', '--04-15'],
    ['0000-04-15', '--04-15'],
    ['--02-29', '--02-29'],
    ['2020-02-29', '2020-02-29'],
    ['10.12.1815', '1815-12-10'],
    ['4/15/1985', '1985-04-15'],
    ['15/4/1985', '1985-04-15'],
  ])('reads %s', (input, expected) => {
    expect(readDate(input)).toEqual(ok(expected));
  });

  it('honours the day-first option for ambiguous numeric dates', () => {
    expect(readDate('04/05/1990', 'mdy')).toEqual(ok('1990-04-05'));
    expect(readDate('04/05/1990', 'dmy')).toEqual(ok('1990-05-04'));
  });

  it.each(['2021-02-30', '30 Feb 2021', '2019-02-29', '--02-30', '13/13/2000', '2020-13-01', 'someday', '05 Foo 2020'])(
    'rejects %s',
    (input) => {
      expect(readDate(input)).toEqual({ ok: false });
    },
  );

  it('treats empty cells and Outlook placeholders as no date', () => {
    expect(readDate('')).toBeNull();
    expect(readDate('  ')).toBeNull();
    expect(readDate('0/0/00')).toBeNull();
    expect(readDate(null)).toBeNull();
  });
});
