import { Badge, Button, Checkbox, Group, Modal, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { AnswerShadowBody, ShadowResponse } from '../../../domain/mentoring/shadow-api';
import type { ShadowStatus } from '../../../domain/mentoring/shadow';
import { ApiError, errorMessage } from '../../api/client';
import { formatDay } from './labels';

export const SHADOW_LABELS: Record<ShadowStatus, string> = { requested: 'Asked', accepted: 'Accepted', declined: 'Declined', withdrawn: 'Withdrawn', cancelled: 'Cancelled' };
const SHADOW_COLORS: Record<ShadowStatus, string> = { requested: 'yellow', accepted: 'teal', declined: 'gray', withdrawn: 'gray', cancelled: 'red' };

/** One shadow-a-day request, as either side sees it; actions come as children. */
export function ShadowCard({ r, otherName, side, children }: { r: ShadowResponse; otherName: string; side: 'mentee' | 'mentor'; children?: ReactNode }) {
  return (
    <Paper withBorder radius="sm" p="sm" bg="var(--mantine-color-gray-0)">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={500}>{r.status === 'accepted' && r.chosenDate ? formatDay(r.chosenDate) : r.proposedDates.map(formatDay).join(' · ')}</Text>
          <Badge color={SHADOW_COLORS[r.status]} variant="light">{SHADOW_LABELS[r.status]}</Badge>
        </Group>
        <Text size="sm">{side === 'mentee' ? 'You hope to see' : 'Hopes to see'}: {r.hopes}</Text>
        {r.note && <Text size="sm" c="dimmed">{r.note}</Text>}
        {r.status === 'accepted' && (
          <Text size="sm" c="teal.8">{side === 'mentee' ? `${otherName} confirmed` : 'You confirmed'} that clients and colleagues approved.{r.mentorNote ? ` “${r.mentorNote}”` : ''}</Text>
        )}
        {r.status === 'declined' && r.declineMessage && <Text size="sm" c="dimmed">“{r.declineMessage}”</Text>}
        {children && <Group gap="xs" justify="flex-end">{children}</Group>}
      </Stack>
    </Paper>
  );
}

/** Accept (a day, the approval confirmed, a note on where to go and what to wear) or decline kindly. */
export function ShadowAnswerModal({ r, title, approvalLabel, busy, onClose, onSubmit }: {
  r: ShadowResponse | null;
  title: string;
  approvalLabel: string;
  busy: boolean;
  onClose: () => void;
  onSubmit: (body: AnswerShadowBody, fail: (err: unknown) => void) => void;
}) {
  const [decision, setDecision] = useState<'accept' | 'decline'>('accept');
  const [date, setDate] = useState('');
  const [approved, setApproved] = useState(false);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (r) { setDecision('accept'); setDate(r.proposedDates[0] ?? ''); setApproved(false); setNote(''); setMessage(''); setErrors({}); }
  }, [r]);
  const fail = (err: unknown) => setErrors(err instanceof ApiError ? { ...err.fieldErrors(), ...(err.problem.errors ? {} : { form: err.message }) } : { form: errorMessage(err) });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (decision === 'accept' && !approved) return setErrors({ approvalConfirmed: 'Confirm that clients and colleagues approved the visit' });
    onSubmit(decision === 'accept' ? { decision, date, approvalConfirmed: approved, note: note || null } : { decision, message: message || null }, fail);
  };
  return (
    <Modal opened={r !== null} onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select label="Answer" data={[{ value: 'accept', label: 'Yes: pick a day' }, { value: 'decline', label: 'Not this time' }]} value={decision} onChange={(v) => v && setDecision(v as 'accept' | 'decline')} allowDeselect={false} />
          {decision === 'accept' ? (
            <>
              <TextInput label="The day" type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} description={r ? `Proposed: ${r.proposedDates.map(formatDay).join(', ')}` : undefined} />
              <Checkbox label={approvalLabel} checked={approved} onChange={(e) => setApproved(e.currentTarget.checked)} error={errors.approvalConfirmed} />
              <Textarea label="Note" placeholder="Where to go, when to arrive, what to wear" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            </>
          ) : (
            <Textarea label="Message" placeholder="Leave empty for a kind default message" autosize minRows={3} value={message} onChange={(e) => setMessage(e.currentTarget.value)} />
          )}
          {errors.form && <Text c="red" size="sm" role="alert">{errors.form}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={busy}>{decision === 'accept' ? 'Accept' : 'Decline kindly'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
