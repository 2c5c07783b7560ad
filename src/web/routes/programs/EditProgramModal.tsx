import { Alert, Button, Checkbox, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { ProgramResponse } from '../../../domain/programs/api';
import { ApiError } from '../../api/client';
import { useUpdateProgram } from './api';

/** Rename a program, describe it, or change whether new mentees join as minors. */
export function EditProgramModal({ p, opened, onClose }: { p: ProgramResponse; opened: boolean; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const update = useUpdateProgram(p.id);
  const [name, setName] = useState(p.name);
  const [description, setDescription] = useState(p.description ?? '');
  const [minors, setMinors] = useState(p.participantsAreMinors);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!opened) return;
    setName(p.name);
    setDescription(p.description ?? '');
    setMinors(p.participantsAreMinors);
    setErrors({});
  }, [opened, p]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    update.mutate({ name, description: description || null, participantsAreMinors: minors }, { onSuccess: onClose, onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()) });
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Edit program" fullScreen={fullScreen}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Program name" required value={name} onChange={(ev) => setName(ev.currentTarget.value)} error={errors.name} />
          <Textarea label="Description" autosize minRows={2} value={description} onChange={(ev) => setDescription(ev.currentTarget.value)} error={errors.description} />
          <Checkbox label="Participants are minors" description="New mentees are invited as minors by default. Each mentee’s own minor flag is set on the People tab." checked={minors} onChange={(ev) => setMinors(ev.currentTarget.checked)} />
          {update.error && !(update.error instanceof ApiError && update.error.problem.errors?.length) && <Alert color="red" role="alert">{update.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={update.isPending}>Save</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
