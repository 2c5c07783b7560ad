import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { CreateCommitmentBody } from '../../../domain/follow-through/api';
import { ApiError } from '../../api/client';
import { useSaveCommitment } from '../../api/follow-through';
import { ContactPicker, type PickedContact } from '../../components/network/ContactPicker';

type Direction = CreateCommitmentBody['direction'];
type Props = { opened: boolean; onClose: () => void; direction: Direction };

const EXAMPLES: Record<Direction, string> = {
  they_offered: 'e.g. introduce you to Raj, review your CV, grab coffee next month',
  i_promised: 'e.g. send your portfolio, share the article on hiring, make an intro to Lee',
};

/** Record an offer someone made you, or something you promised. */
export function CommitmentFormModal({ opened, onClose, direction: initial }: Props) {
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
    setDirection(initial);
    setWho([]);
    setInvolving([]);
    setWhat('');
    setDue('');
    setNotes('');
    setErrors({});
    reset();
  }, [opened, initial, reset]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!who[0]) next.contactId = 'Choose who';
    if (!what.trim()) next.what = direction === 'they_offered' ? 'Say what they offered' : 'Say what you promised';
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
    save.mutate({ body }, { onSuccess: onClose, onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()) });
  };

  const last = (v: PickedContact[]) => v.slice(-1);
  return (
    <Modal opened={opened} onClose={onClose} title="New promise" size="lg" fullScreen={fullScreen}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SegmentedControl
            aria-label="Direction"
            fullWidth
            value={direction}
            onChange={(v) => setDirection(v as Direction)}
            data={[{ value: 'they_offered', label: 'They offered' }, { value: 'i_promised', label: 'I promised' }]}
          />
          <ContactPicker label={direction === 'they_offered' ? 'Who offered' : 'Promised to'} value={who} onChange={(v) => setWho(last(v))} error={errors.contactId} />
          <TextInput
            label={direction === 'they_offered' ? 'Offered to…' : 'I promised to…'}
            description={EXAMPLES[direction]}
            placeholder={direction === 'they_offered' ? 'introduce you to Raj' : 'send your portfolio'}
            value={what}
            onChange={(e) => setWhat(e.currentTarget.value)}
            error={errors.what}
            required
          />
          <ContactPicker label="Involving (optional)" description="For an introduction: who you will be introduced to" value={involving} onChange={(v) => setInvolving(last(v))} error={errors.involvingContactId} />
          <TextInput type="date" label="Due (optional)" value={due} onChange={(e) => setDue(e.currentTarget.value)} error={errors.dueDate} />
          <Textarea label="Notes (optional)" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} />
          <Text size="xs" c="dimmed">
            {direction === 'they_offered'
              ? 'You needed it, so you own the loop: Trellis reminds you to coordinate, follow up and thank.'
              : 'They need it, so you deliver; closing the loop is theirs.'}
          </Text>
          {save.error && !(save.error instanceof ApiError && save.error.problem.errors?.length) && <Alert color="red" role="alert">{save.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={save.isPending}>Save promise</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
