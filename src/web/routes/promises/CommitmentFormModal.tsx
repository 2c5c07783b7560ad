import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { CommitmentResponse, CreateCommitmentBody } from '../../../domain/follow-through/api';
import { ApiError } from '../../api/client';
import { useSaveCommitment } from '../../api/follow-through';
import { ContactPicker, type PickedContact } from '../../components/network/ContactPicker';

type Direction = CreateCommitmentBody['direction'];
type Props = { opened: boolean; onClose: () => void; direction: Direction; editing?: CommitmentResponse | null };

const EXAMPLES: Record<Direction, string> = {
  they_offered: 'e.g. introduce you to Raj, review your CV, grab coffee next month',
  i_promised: 'e.g. send your portfolio, share the article on hiring, make an intro to Lee',
};

const picked = (p: { id: string; displayName: string } | null): PickedContact[] => (p ? [{ id: p.id, displayName: p.displayName, company: null }] : []);

/** Record an offer someone made you, or something you promised; or change one (`editing`). */
export function CommitmentFormModal({ opened, onClose, direction: initial, editing = null }: Props) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const save = useSaveCommitment();
  const [direction, setDirection] = useState<Direction>(initial);
  const [who, setWho] = useState<PickedContact[]>([]);
  const [involving, setInvolving] = useState<PickedContact[]>([]);
  const [what, setWhat] = useState('');
  const [due, setDue] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { reset } = save;

  useEffect(() => {
    if (!opened) return;
    setDirection(editing?.direction ?? initial);
    setWho(picked(editing?.contact ?? null));
    setInvolving(picked(editing?.involvingContact ?? null));
    setWhat(editing?.what ?? '');
    setDue(editing?.dueDate ?? '');
    setNotes(editing?.notes ?? '');
    setErrors({});
    reset();
  }, [opened, initial, editing, reset]);

  // Who made a fulfilled promise is history; the server refuses to change it (409) too.
  const directionLocked = editing !== null && !['open', 'nudged'].includes(editing.state);

  const edited = (field: string) => setErrors((e) => (field in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)) : e));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!who[0]) next.contactId = 'Choose who';
    if (!what.trim()) next.what = direction === 'they_offered' ? 'Say what they offered' : 'Say what you promised';
    if (due && !/^\d{4}-\d{2}-\d{2}$/.test(due)) next.dueDate = 'Use a date like 2030-05-01';
    if (involving[0] && involving[0].id === who[0]?.id) next.involvingContactId = 'Choose someone other than who offered or was promised';
    setErrors(next);
    if (Object.keys(next).length) return;
    const body: CreateCommitmentBody = {
      direction,
      contactId: who[0]!.id,
      involvingContactId: involving[0]?.id ?? null,
      what: what.trim(),
      dueDate: due || null,
      notes: notes.trim() || null,
    };
    const { direction: d, ...rest } = body;
    save.mutate(
      { id: editing?.id, body: editing && directionLocked ? rest : { ...rest, direction: d } },
      { onSuccess: onClose, onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()) },
    );
  };

  const last = (v: PickedContact[]) => v.slice(-1);
  return (
    <Modal opened={opened} onClose={onClose} title={editing ? 'Edit promise' : 'New promise'} size="lg" fullScreen={fullScreen}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SegmentedControl
            aria-label="Direction"
            fullWidth
            value={direction}
            onChange={(v) => setDirection(v as Direction)}
            disabled={directionLocked}
            data={[{ value: 'they_offered', label: 'They offered' }, { value: 'i_promised', label: 'I promised' }]}
          />
          {directionLocked && <Text size="xs" c="dimmed">This promise is {editing?.state}: who offered or promised stays as it was.</Text>}
          <ContactPicker label={direction === 'they_offered' ? 'Who offered' : 'Promised to'} value={who} onChange={(v) => setWho(last(v))} error={errors.contactId} />
          <TextInput
            label={direction === 'they_offered' ? 'Offered to…' : 'I promised to…'}
            description={EXAMPLES[direction]}
            placeholder={direction === 'they_offered' ? 'introduce you to Raj' : 'send your portfolio'}
            value={what}
            onChange={(e) => { setWhat(e.currentTarget.value); edited('what'); }}
            error={errors.what}
            required
          />
          <ContactPicker label="Involving (optional)" description="For an introduction: who you will be introduced to" value={involving} onChange={(v) => setInvolving(last(v))} error={errors.involvingContactId} />
          <TextInput type="date" label="Due (optional)" value={due} onChange={(e) => { setDue(e.currentTarget.value); edited('dueDate'); }} error={errors.dueDate} />
          <Textarea label="Notes (optional)" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} />
          <Text size="xs" c="dimmed">
            {direction === 'they_offered'
              ? 'You needed it, so you own the loop: Trellis reminds you to coordinate, follow up and thank.'
              : 'They need it, so you deliver; closing the loop is theirs.'}
          </Text>
          {save.error && !(save.error instanceof ApiError && save.error.problem.errors?.length) && <Alert color="red" role="alert">{save.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={save.isPending}>{editing ? 'Save changes' : 'Save promise'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
