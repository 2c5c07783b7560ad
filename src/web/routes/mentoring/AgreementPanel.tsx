import { Accordion, Alert, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarDue, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { MentorshipResponse, ReviseAgreementBody } from '../../../domain/mentoring/api';
import { ApiError, errorMessage } from '../../api/client';
import { useAcceptAgreement, useReviseAgreement } from '../../api/mentoring';
import { formatDay } from './labels';
import { localToday } from '../../format';

type Version = NonNullable<MentorshipResponse['agreement']['current']>;
const TERMS = [
  ['goals', 'Goals', 'What we are working towards'],
  ['cadence', 'Meeting cadence', 'e.g. once a month, 45 minutes'],
  ['channels', 'Channels', 'e.g. video call; e-mail between meetings'],
  ['responseTimes', 'Response times', 'e.g. within three working days'],
  ['confidentiality', 'Confidentiality', 'e.g. what we discuss stays between us'],
  ['duration', 'Duration', 'e.g. six months, then we decide together'],
] as const;
type Key = (typeof TERMS)[number][0] | 'reviewOn';

/** The expectations agreement: versioned, accepted by both; a prompt when its review date has come. */
export function AgreementPanel({ m }: { m: MentorshipResponse }) {
  const { current, history, reviewDue } = m.agreement;
  const [editing, setEditing] = useState(false);
  const accept = useAcceptAgreement();
  const [agreedOn, setAgreedOn] = useState(localToday());
  const name = m.contact?.displayName ?? 'your mentor';
  const onErr = (err: unknown) => notifications.show({ color: 'red', message: errorMessage(err) });
  // An ended mentorship keeps its agreement to read; reopening it (page menu) allows revising again.
  const ended = m.status === 'closed';
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">Expectations agreement{current ? ` · version ${current.version}` : ''}</Title>
          {current && !editing && !ended && <Button size="compact-sm" variant="light" onClick={() => setEditing(true)}>Revise</Button>}
        </Group>
        {reviewDue && current && (
          <Alert color="orange" icon={<IconCalendarDue size={18} />} title="Time to review your agreement">
            The review date ({formatDay(current.reviewOn!)}) has come. Talk it through with {name}: keep it, revise it, or agree to close.
          </Alert>
        )}
        {!current && ended && <Text size="sm" c="dimmed">This mentorship has ended without a written agreement.</Text>}
        {!current && !editing && !ended && (
          <Stack gap="xs">
            <Text size="sm">Agree on expectations early: what you want to achieve, how often you meet and how, how fast you answer, what stays confidential, and when you review it.</Text>
            <Group><Button onClick={() => setEditing(true)}>Write the agreement</Button></Group>
          </Stack>
        )}
        {editing && <AgreementForm mentorshipId={m.id} current={current} onDone={() => setEditing(false)} />}
        {current && !editing && (
          <>
            <Terms v={current} />
            <Stack gap="xs" align="flex-start">
              {current.menteeAcceptedAt ? (
                <Accepted>You accepted on {formatDay(current.menteeAcceptedAt.slice(0, 10))}</Accepted>
              ) : (
                <Button size="compact-sm" loading={accept.isPending && accept.variables?.body.party === 'mentee'} onClick={() => accept.mutate({ mentorshipId: m.id, body: { party: 'mentee' } }, { onError: onErr })}>I accept</Button>
              )}
              {current.mentorAgreedOn || current.mentorAcceptedAt ? (
                <Accepted>{current.mentorAgreedOn ? `${name} agreed in conversation on ${formatDay(current.mentorAgreedOn)}` : `${name} accepted on ${formatDay(current.mentorAcceptedAt!.slice(0, 10))}`}</Accepted>
              ) : m.mentorOnTrellis ? (
                <Text size="sm" c="dimmed">Waiting for {name} to accept this version in Trellis.</Text>
              ) : (
                <Group gap="xs" align="flex-end" wrap="wrap">
                  <TextInput size="xs" type="date" label={`${name} agreed in conversation on`} value={agreedOn} onChange={(e) => setAgreedOn(e.currentTarget.value)} w={200} />
                  <Button size="compact-sm" variant="light" loading={accept.isPending && accept.variables?.body.party === 'mentor'} onClick={() => accept.mutate({ mentorshipId: m.id, body: { party: 'mentor', agreedOn: agreedOn || undefined } }, { onError: onErr })}>Record their agreement</Button>
                </Group>
              )}
            </Stack>
          </>
        )}
        {history.length > 1 && (
          <Accordion variant="contained">
            <Accordion.Item value="history">
              <Accordion.Control>Earlier versions ({history.length - 1})</Accordion.Control>
              <Accordion.Panel>
                <Stack gap="md">
                  {history.slice(1).map((v) => (
                    <Stack key={v.id} gap={4}>
                      <Text size="sm" fw={600}>Version {v.version} · {formatDay(v.createdAt.slice(0, 10))}{v.acceptedByBoth ? ' · accepted by both' : ''}</Text>
                      <Terms v={v} />
                    </Stack>
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        )}
      </Stack>
    </Paper>
  );
}

function Accepted({ children }: { children: React.ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" c="green.8">
      <IconCheck size={16} style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
      <Text size="sm">{children}</Text>
    </Group>
  );
}

function Terms({ v }: { v: Version }) {
  const rows = TERMS.filter(([k]) => v[k]);
  return (
    <Stack gap={4}>
      {rows.map(([k, label]) => <Text key={k} size="sm"><Text span fw={500}>{label}: </Text>{v[k]}</Text>)}
      {v.reviewOn && <Text size="sm"><Text span fw={500}>Review on: </Text>{formatDay(v.reviewOn)}</Text>}
      {rows.length === 0 && !v.reviewOn && <Text size="sm" c="dimmed">No terms written.</Text>}
    </Stack>
  );
}

function AgreementForm({ mentorshipId, current, onDone }: { mentorshipId: string; current: Version | null; onDone: () => void }) {
  const revise = useReviseAgreement();
  const [values, setValues] = useState<Record<Key, string>>(() => Object.fromEntries([...TERMS.map(([k]) => k), 'reviewOn'].map((k) => [k, (current?.[k as Key] as string | null) ?? ''])) as Record<Key, string>);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim() || null])) as ReviseAgreementBody;
    revise.mutate({ mentorshipId, body }, { onSuccess: onDone, onError: (err) => (err instanceof ApiError ? setErrors(err.fieldErrors()) : notifications.show({ color: 'red', message: errorMessage(err) })) });
  };
  const set = (k: Key, v: string) => setValues((s) => ({ ...s, [k]: v }));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {current && <Text size="sm" c="dimmed">Saving changes makes version {current.version + 1}; both of you accept it again. Earlier versions are kept.</Text>}
        {TERMS.map(([k, label, placeholder]) => (
          <Textarea key={k} label={label} placeholder={placeholder} autosize minRows={1} value={values[k]} onChange={(e) => set(k, e.currentTarget.value)} error={errors[k]} />
        ))}
        <TextInput type="date" label="Review on" w={200} value={values.reviewOn} onChange={(e) => set('reviewOn', e.currentTarget.value)} error={errors.reviewOn} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>Cancel</Button>
          <Button type="submit" loading={revise.isPending}>Save agreement</Button>
        </Group>
      </Stack>
    </form>
  );
}
