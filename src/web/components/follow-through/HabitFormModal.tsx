import { Alert, Button, Group, Modal, MultiSelect, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CreateHabitBody } from '../../../domain/follow-through/api';
import { ApiError } from '../../api/client';
import { useSaveHabit } from '../../api/follow-through';
import { circleOptions, kindOptions } from '../network/vocabulary';

const KINDS = [
  { value: 'distinct_people', label: 'Different people' },
  { value: 'new_people', label: 'New people' },
  { value: 'interactions', label: 'Interactions' },
];

type Props = { opened: boolean; onClose: () => void };

/** A weekly networking goal: "lunch with a different colleague each week", "one new person a week". */
export function HabitFormModal({ opened, onClose }: Props) {
  const save = useSaveHabit();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CreateHabitBody['kind']>('distinct_people');
  const [target, setTarget] = useState<number | string>(1);
  const [kinds, setKinds] = useState<string[]>([]);
  const [circles, setCircles] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { reset } = save;

  useEffect(() => {
    if (!opened) return;
    setName('');
    setKind('distinct_people');
    setTarget(1);
    setKinds([]);
    setCircles([]);
    setErrors({});
    reset();
  }, [opened, reset]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setErrors({ name: 'Give the habit a name' });
    const body = {
      name: name.trim(),
      kind,
      target: Number(target) || 1,
      filter: { ...(kinds.length ? { kinds } : {}), ...(circles.length ? { circles } : {}) },
    } as CreateHabitBody;
    save.mutate({ body }, {
      onSuccess: onClose,
      onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New weekly habit" size="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" placeholder="Lunch with a different colleague" value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-autofocus required />
          <div>
            <Text size="sm" fw={500} mb={4} id="habit-kind">Count</Text>
            <SegmentedControl aria-labelledby="habit-kind" fullWidth data={KINDS} value={kind} onChange={(v) => setKind(v as CreateHabitBody['kind'])} />
          </div>
          <NumberInput label="Target per week" min={1} max={100} value={target} onChange={setTarget} error={errors.target} />
          <MultiSelect label="Only these kinds (optional)" placeholder="Any kind" data={kindOptions} value={kinds} onChange={setKinds} clearable />
          <MultiSelect label="Only these circles (optional)" placeholder="Any circle" data={circleOptions} value={circles} onChange={setCircles} clearable />
          {save.error && !(save.error instanceof ApiError && save.error.problem.errors?.length) && <Alert color="red" role="alert">{save.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={save.isPending}>Add habit</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
