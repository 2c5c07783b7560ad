import { Alert, Button, Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CreateMentorshipBody } from '../../../domain/mentoring/api';
import type { MentorKind } from '../../../domain/mentoring/rules';
import { ApiError } from '../../api/client';
import { useCreateMentorship } from '../../api/mentoring';
import type { PickedContact } from '../../components/network/ContactPicker';
import { PersonChoice, personErrors, type Who } from '../../components/network/PersonChoice';
import { KIND_HINTS, kindOptions, parseAreas } from './labels';

type Props = { opened: boolean; onClose: () => void };

/** A mentor is a person in your network, or someone new you add to it now. */
export function NewMentorModal({ opened, onClose }: Props) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const navigate = useNavigate();
  const create = useCreateMentorship();
  const [who, setWho] = useState<Who>('existing');
  const [picked, setPicked] = useState<PickedContact[]>([]);
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [employer, setEmployer] = useState<string | null>(null);
  const [kind, setKind] = useState<MentorKind>('shepherd');
  const [areas, setAreas] = useState('');
  const [isManager, setIsManager] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { reset } = create;

  useEffect(() => {
    if (!opened) return;
    setWho('existing');
    setPicked([]);
    for (const set of [setName, setCompany, setAreas]) set('');
    setEmployer(null);
    setKind('shepherd');
    setIsManager(false);
    setErrors({});
    reset();
  }, [opened, reset]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const next = personErrors(who, picked, name, 'Choose your mentor');
    setErrors(next);
    if (Object.keys(next).length) return;
    const body: CreateMentorshipBody = {
      kind,
      isManager,
      areas: parseAreas(areas),
      ...(who === 'existing'
        ? { contactId: picked[0]!.id }
        : { newContact: { displayName: name.trim(), company: company.trim() || null, employer: (employer as 'inside' | 'outside' | null) ?? null } }),
    };
    create.mutate(body, {
      onSuccess: (m) => {
        onClose();
        void navigate(`/mentoring/${m.id}`);
      },
      onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    });
  };

  const e = (k: string) => errors[k];
  return (
    <Modal opened={opened} onClose={onClose} title="Add a mentor" size="lg" fullScreen={fullScreen}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <PersonChoice who={who} onWho={setWho} picked={picked} onPicked={setPicked} name={name} onName={setName} pickerLabel="Mentor" pickerDescription="Inside or outside your employer comes from their contact." errors={errors}>
            <Group grow align="flex-start">
              <TextInput label="Company" value={company} onChange={(ev) => setCompany(ev.currentTarget.value)} error={e('newContact.company')} />
              <Select label="Employer" placeholder="Unknown" clearable value={employer} onChange={setEmployer} data={[{ value: 'inside', label: 'Inside my employer' }, { value: 'outside', label: 'Outside my employer' }]} />
            </Group>
          </PersonChoice>
          <Select label="Kind of mentor" required allowDeselect={false} value={kind} onChange={(v) => v && setKind(v as MentorKind)} data={kindOptions} description={KIND_HINTS[kind]} error={e('kind')} />
          <TextInput label="Areas of growth they help with" description="Separate with commas" placeholder="e.g. negotiation, public speaking" value={areas} onChange={(ev) => setAreas(ev.currentTarget.value)} error={e('areas')} />
          <Checkbox label="This person is my manager or in my management chain" checked={isManager} onChange={(ev) => setIsManager(ev.currentTarget.checked)} />
          {isManager && (
            <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Your boss should not be your mentor">
              You cannot speak freely to the person who rates your work. Keep them as your manager, and look for a mentor outside your reporting line.
            </Alert>
          )}
          {create.error && !(create.error instanceof ApiError && create.error.problem.errors?.length) && <Alert color="red" role="alert">{create.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={create.isPending}>Add mentor</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
