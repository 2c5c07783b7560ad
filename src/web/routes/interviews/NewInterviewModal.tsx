import { Alert, Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CreateInterviewBody } from '../../../domain/interviews/api';
import { ApiError } from '../../api/client';
import { useCreateInterview } from '../../api/interviews';
import type { PickedContact } from '../../components/network/ContactPicker';
import { PersonChoice, personErrors, type Who } from '../../components/network/PersonChoice';

type Props = { opened: boolean; onClose: () => void };

/** Someone you would like to learn from: a person in your network, or someone new you add now. */
export function NewInterviewModal({ opened, onClose }: Props) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const navigate = useNavigate();
  const create = useCreateInterview();
  const [who, setWho] = useState<Who>('existing');
  const [picked, setPicked] = useState<PickedContact[]>([]);
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [title, setTitle] = useState('');
  const [email, setEmail] = useState('');
  const [topic, setTopic] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { reset } = create;

  useEffect(() => {
    if (!opened) return;
    setWho('existing');
    setPicked([]);
    for (const set of [setName, setCompany, setTitle, setEmail, setTopic, setNotes]) set('');
    setErrors({});
    reset();
  }, [opened, reset]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const next = personErrors(who, picked, name, 'Choose who you would like to talk to');
    setErrors(next);
    if (Object.keys(next).length) return;
    const body: CreateInterviewBody = {
      topic: topic.trim() || null,
      notes: notes.trim() || null,
      ...(who === 'existing'
        ? { contactId: picked[0]!.id }
        : { newContact: { displayName: name.trim(), company: company.trim() || null, title: title.trim() || null, emails: email.trim() ? [{ label: null, value: email.trim() }] : [] } }),
    };
    create.mutate(body, {
      onSuccess: (iv) => {
        onClose();
        void navigate(`/interviews/${iv.id}`);
      },
      onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    });
  };

  const e = (k: string) => errors[k];
  return (
    <Modal opened={opened} onClose={onClose} title="New informational interview" size="lg" fullScreen={fullScreen}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <PersonChoice who={who} onWho={setWho} picked={picked} onPicked={setPicked} name={name} onName={setName} pickerLabel="Who" errors={errors}>
            <Group grow align="flex-start">
              <TextInput label="Company" value={company} onChange={(ev) => setCompany(ev.currentTarget.value)} error={e('newContact.company')} />
              <TextInput label="Title" value={title} onChange={(ev) => setTitle(ev.currentTarget.value)} error={e('newContact.title')} />
            </Group>
            <TextInput label="E-mail" type="email" value={email} onChange={(ev) => setEmail(ev.currentTarget.value)} error={e('newContact.emails.0.value')} />
          </PersonChoice>
          <TextInput label="What you would like to learn about" description="Fills the request message: “I'm exploring …”" placeholder="e.g. moving into product management" value={topic} onChange={(ev) => setTopic(ev.currentTarget.value)} error={e('topic')} />
          <Textarea label="Notes (optional)" autosize minRows={2} value={notes} onChange={(ev) => setNotes(ev.currentTarget.value)} error={e('notes')} />
          {create.error && !(create.error instanceof ApiError && create.error.problem.errors?.length) && <Alert color="red" role="alert">{create.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={create.isPending}>Add interview</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
