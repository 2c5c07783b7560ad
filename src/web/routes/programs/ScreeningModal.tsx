import { ActionIcon, Alert, Button, Checkbox, Group, Modal, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ApplicationResponse } from '../../../domain/programs/api';
import { ApiError } from '../../api/client';
import { useScreen } from './api';
import { checkOptions } from './labels';

type Reference = { name: string; contacted: boolean; ok: boolean };

/** The coordinator records a mentor's screening. */
export function ScreeningModal({ application, onClose }: { application: ApplicationResponse | null; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const screen = useScreen();
  const [check, setCheck] = useState('not_started');
  const [trained, setTrained] = useState('');
  const [refs, setRefs] = useState<Reference[]>([]);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!application) return;
    setCheck(application.backgroundCheck);
    setTrained(application.trainingCompletedOn ?? '');
    setRefs(application.references);
    setNotes(application.screeningNotes ?? '');
    setErrors({});
    screen.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [application]);
  if (!application) return null;
  const a = application;

  const setRef = (i: number, patch: Partial<Reference>) => setRefs((l) => l.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    screen.mutate(
      { id: a.id, body: { backgroundCheck: check as never, trainingCompletedOn: trained || null, references: refs, screeningNotes: notes || null } },
      { onSuccess: onClose, onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()) },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Screening: ${a.mentorName}`} size="lg" fullScreen={fullScreen}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">“{a.motivation}”</Text>
          <Group grow align="flex-start">
            <Select label="Background check" allowDeselect={false} data={checkOptions} value={check} onChange={(v) => v && setCheck(v)} error={errors.backgroundCheck} />
            <TextInput type="date" label="Training completed on" value={trained} onChange={(ev) => setTrained(ev.currentTarget.value)} error={errors.trainingCompletedOn} />
          </Group>
          <Title order={3} size="h5">References</Title>
          {refs.length === 0 && <Text size="sm" c="dimmed">No references yet.</Text>}
          {refs.map((r, i) => (
            <Group key={i} align="flex-end" wrap="wrap" gap="sm">
              <TextInput label={`Reference ${i + 1}`} placeholder="Name" value={r.name} onChange={(ev) => setRef(i, { name: ev.currentTarget.value })} error={errors[`references.${i}.name`]} style={{ flex: 1, minWidth: 180 }} />
              <Checkbox label="Contacted" checked={r.contacted} onChange={(ev) => setRef(i, { contacted: ev.currentTarget.checked })} mb={8} />
              <Checkbox label="Vouched (ok)" checked={r.ok} onChange={(ev) => setRef(i, { ok: ev.currentTarget.checked, contacted: ev.currentTarget.checked || r.contacted })} mb={8} />
              <ActionIcon variant="subtle" color="red" aria-label={`Remove reference ${i + 1}`} onClick={() => setRefs((l) => l.filter((_, j) => j !== i))} mb={6}><IconTrash size={16} /></ActionIcon>
            </Group>
          ))}
          <Group><Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setRefs((l) => [...l, { name: '', contacted: false, ok: false }])}>Add reference</Button></Group>
          <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(ev) => setNotes(ev.currentTarget.value)} error={errors.screeningNotes} />
          {screen.error && <Alert color="red" role="alert">{screen.error instanceof ApiError && screen.error.problem.errors?.length ? 'Please fix the fields marked in red.' : screen.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={screen.isPending}>Save screening</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
