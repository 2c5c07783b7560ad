import { Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateTime } from 'luxon';
import type { RepeatBody } from '../../../domain/events/api';
import { MAX_OCCURRENCES, occurrenceStarts, repeatLabel, type Repeat } from '../../../domain/events/recurrence';

/** The "Repeats" part of the new-event form: weekly or monthly, how often, and for how long. */
export type RepeatFields = { freq: 'none' | 'weekly' | 'monthly'; interval: number | string; monthlyBy: 'weekday' | 'date'; endBy: 'count' | 'until'; count: number | string; until: string };
export const NO_REPEAT: RepeatFields = { freq: 'none', interval: 1, monthlyBy: 'weekday', endBy: 'count', count: 6, until: '' };

export function repeatBodyOf(r: RepeatFields): RepeatBody | null {
  if (r.freq === 'none') return null;
  return {
    freq: r.freq,
    interval: Number(r.interval) || 1,
    monthlyBy: r.monthlyBy,
    count: r.endBy === 'count' ? Number(r.count) || null : null,
    until: r.endBy === 'until' ? r.until || null : null,
  };
}

/** What the series will be, in words and its first dates (null when the input is not complete yet). */
function preview(start: Date | null, zone: string, r: RepeatFields): { label: string; dates: string[]; more: number } | null {
  const body = repeatBodyOf(r);
  if (!start || !body || (!body.count && !body.until)) return null;
  try {
    const rule = body as Repeat;
    const starts = occurrenceStarts(start, zone, rule);
    return {
      label: repeatLabel(start, zone, rule),
      dates: starts.slice(0, 4).map((d) => DateTime.fromJSDate(d, { zone }).toFormat('ccc d LLL yyyy, HH:mm')),
      more: Math.max(0, starts.length - 4),
    };
  } catch {
    return null;
  }
}

type Props = { value: RepeatFields; onChange: (v: RepeatFields) => void; start: Date | null; zone: string; errors: Record<string, string> };

export function RepeatFieldsInput({ value: r, onChange, start, zone, errors }: Props) {
  const set = <K extends keyof RepeatFields>(k: K) => (v: RepeatFields[K]) => onChange({ ...r, [k]: v });
  const p = preview(start, zone, r);
  const startLocal = start ? DateTime.fromJSDate(start, { zone }) : null;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label="Repeats"
          allowDeselect={false}
          value={r.freq}
          onChange={(v) => set('freq')((v as RepeatFields['freq']) ?? 'none')}
          data={[{ value: 'none', label: 'Does not repeat' }, { value: 'weekly', label: 'Weekly' }, { value: 'monthly', label: 'Monthly' }]}
          error={errors['repeat.freq']}
        />
        {r.freq !== 'none' && (
          <NumberInput label={`Every how many ${r.freq === 'weekly' ? 'weeks' : 'months'}`} min={1} max={12} allowDecimal={false} value={r.interval} onChange={set('interval')} error={errors['repeat.interval']} />
        )}
        {r.freq === 'monthly' && (
          <Select
            label="On"
            allowDeselect={false}
            value={r.monthlyBy}
            onChange={(v) => set('monthlyBy')((v as RepeatFields['monthlyBy']) ?? 'weekday')}
            data={[
              { value: 'weekday', label: startLocal ? `The same weekday (${repeatLabel(startLocal.toJSDate(), zone, { freq: 'monthly', interval: 1, monthlyBy: 'weekday' }).replace(/^Monthly on /, '')})` : 'The same weekday of the month' },
              { value: 'date', label: startLocal ? `The same date (day ${startLocal.day})` : 'The same date' },
            ]}
          />
        )}
        {r.freq !== 'none' && (
          <Select
            label="Series ends"
            allowDeselect={false}
            value={r.endBy}
            onChange={(v) => set('endBy')((v as RepeatFields['endBy']) ?? 'count')}
            data={[{ value: 'count', label: 'After a number of times' }, { value: 'until', label: 'On a date' }]}
          />
        )}
        {r.freq !== 'none' && r.endBy === 'count' && (
          <NumberInput label="How many times" description={`2 to ${MAX_OCCURRENCES}, the first included`} min={2} max={MAX_OCCURRENCES} allowDecimal={false} value={r.count} onChange={set('count')} error={errors['repeat.count']} />
        )}
        {r.freq !== 'none' && r.endBy === 'until' && (
          <TextInput type="date" label="Last date" value={r.until} onChange={(e) => set('until')(e.currentTarget.value)} error={errors['repeat.until'] ?? errors['repeat.count']} />
        )}
      </SimpleGrid>
      {p && (
        <div aria-live="polite">
          <Text size="sm" fw={500}>{p.label}</Text>
          <Group gap={4}>
            <Text size="xs" c="dimmed">{p.dates.join(' · ')}{p.more > 0 ? ` · and ${p.more} more` : ''}</Text>
          </Group>
          <Text size="xs" c="dimmed">Each date becomes its own event with its own RSVPs, in {zone} time.</Text>
        </div>
      )}
    </Stack>
  );
}
