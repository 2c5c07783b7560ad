import { Alert, Button, Group, NumberInput, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { useFollowThroughSettings, useSaveFollowThroughSettings } from '../../api/follow-through';
import { CircleCadenceTable, type CadenceMap } from './CircleCadenceTable';
import { Section } from './Section';

const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, '0')}:00` }));

/** Digest, week start, occasion lead time and keep-in-touch cadences per circle. */
export function FollowThroughSection() {
  const settings = useFollowThroughSettings();
  const save = useSaveFollowThroughSettings();
  const [digest, setDigest] = useState<'off' | 'daily' | 'weekly'>('daily');
  const [hour, setHour] = useState('8');
  const [weekStart, setWeekStart] = useState<'1' | '7'>('1');
  const [lead, setLead] = useState<number | string>(7);
  const [cadences, setCadences] = useState<CadenceMap>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    const s = settings.data;
    if (!s) return;
    setDigest(s.digest);
    setHour(String(s.digestHour));
    setWeekStart(String(s.weekStartsOn) as '1' | '7');
    setLead(s.occasionLeadDays);
    setCadences(s.effectiveCircleCadences as CadenceMap);
  }, [settings.data]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setErrors({});
    save.mutate(
      { digest, digestHour: Number(hour), weekStartsOn: Number(weekStart) as 1 | 7, occasionLeadDays: Number(lead) || 0, circleCadences: cadences },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: 'Follow-through settings saved' }),
        onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
      },
    );
  };

  return (
    <Section title="Follow-through" description="How Trellis reminds you: the e-mail digest, your week, and how often to keep in touch per circle." labelId="follow-through">
      {settings.isPending && <Text size="sm" c="dimmed">Loading…</Text>}
      {settings.error && <Alert color="red" role="alert">{settings.error.message}</Alert>}
      {settings.data && (
        <form onSubmit={submit}>
          <Stack>
            <div>
              <Text size="sm" fw={500} mb={4} id="digest-label">E-mail digest</Text>
              <SegmentedControl aria-labelledby="digest-label" value={digest} onChange={(v) => setDigest(v as typeof digest)} data={[{ value: 'off', label: 'Off' }, { value: 'daily', label: 'Daily' }, { value: 'weekly', label: 'Weekly' }]} />
            </div>
            <Group grow preventGrowOverflow={false} wrap="wrap" align="flex-start">
              <Select label="Send at (your time)" description="Also when the bell lists what is due today" data={HOURS} value={hour} onChange={(v) => v && setHour(v)} allowDeselect={false} miw={160} />
              <Select label="Week starts on" data={[{ value: '1', label: 'Monday' }, { value: '7', label: 'Sunday' }]} value={weekStart} onChange={(v) => v && setWeekStart(v as '1')} allowDeselect={false} miw={160} />
              <NumberInput label="Remind me of occasions" description="days before" min={0} max={60} value={lead} onChange={setLead} error={errors.occasionLeadDays} miw={160} />
            </Group>
            <CircleCadenceTable value={cadences} onChange={setCadences} errors={errors} />
            {save.error && !(save.error instanceof ApiError && save.error.problem.errors?.length) && <Alert color="red" role="alert">{save.error.message}</Alert>}
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>Save follow-through settings</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}
