import { Alert, Button, Group, Modal, Select, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { createInteractionBody, type CreateInteractionBody, type Interaction } from '../../../domain/network/api';
import { ApiError } from '../../api/client';
import { useCreateInteraction, useUpdateInteraction } from '../../api/network';
import { ContactPicker, type PickedContact } from './ContactPicker';
import { localInputToIso, toLocalInputValue } from './dates';
import { KIND_LABELS, kindOptions, roleOptions } from './vocabulary';

type Kind = CreateInteractionBody['kind'];
type Role = NonNullable<NonNullable<CreateInteractionBody['participants']>[number]['role']>;

export type LogInteractionPrefill = { people?: PickedContact[]; kind?: Kind };

/** With `editing`, the same form changes a logged interaction (PATCH) instead of logging a new one. */
type Props = { opened: boolean; onClose: () => void; prefill?: LogInteractionPrefill; editing?: Interaction | null };

/** Where a body error goes in this form. */
function fieldOf(path: string): string {
  if (path.startsWith('contactIds') || path.startsWith('participants')) return 'people';
  if (path.startsWith('occurredAt')) return 'when';
  return path.split('.')[0] || 'people';
}

export function LogInteractionModal({ opened, onClose, prefill, editing }: Props) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const createMutation = useCreateInteraction();
  const updateMutation = useUpdateInteraction();
  const create = editing ? updateMutation : createMutation;
  const [kind, setKind] = useState<Kind>('coffee');
  const [when, setWhen] = useState('');
  const [people, setPeople] = useState<PickedContact[]>([]);
  const [roles, setRoles] = useState<Record<string, Role | null>>({});
  const [summary, setSummary] = useState('');
  const [topics, setTopics] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { reset: resetCreate } = createMutation;
  const { reset: resetUpdate } = updateMutation;

  useEffect(() => {
    if (!opened) return;
    if (editing) {
      setKind(editing.kind);
      setWhen(toLocalInputValue(new Date(editing.occurredAt)));
      setPeople(editing.participants.map((p) => ({ id: p.contactId, displayName: p.displayName, company: null })));
      setRoles(Object.fromEntries(editing.participants.map((p) => [p.contactId, p.role])));
      setSummary(editing.summary ?? '');
      setTopics(editing.topics);
    } else {
      setKind(prefill?.kind ?? 'coffee');
      setWhen(toLocalInputValue(new Date()));
      setPeople(prefill?.people ?? []);
      setRoles({});
      setSummary('');
      setTopics([]);
    }
    setErrors({});
    resetCreate();
    resetUpdate();
  }, [opened, prefill, editing, resetCreate, resetUpdate]);

  const withRoles = kind === 'job_interview';
  // An edit keeps the roles people already have, whatever the kind becomes.
  const sendRoles = withRoles || (editing?.participants.some((p) => p.role) ?? false);
  const body = (): CreateInteractionBody => ({
    kind,
    occurredAt: localInputToIso(when) ?? '',
    ...(sendRoles
      ? { participants: people.map((p) => ({ contactId: p.id, role: roles[p.id] ?? null })) }
      : { contactIds: people.map((p) => p.id) }),
    summary: summary.trim() || null,
    topics,
  });

  const showErrors = (issues: { path: string; message: string }[]) => {
    const next: Record<string, string> = {};
    for (const i of issues) next[fieldOf(i.path)] ??= i.path.startsWith('occurredAt') ? 'Enter a date and time' : i.message;
    setErrors(next);
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const b = body();
    const checked = createInteractionBody.safeParse(b);
    if (!checked.success) {
      showErrors(checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      return;
    }
    setErrors({});
    const names = people.map((p) => p.displayName);
    const who = names.length > 2 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more` : names.join(' and ');
    const handlers = {
      onSuccess: () => {
        notifications.show({ color: 'teal', title: `${KIND_LABELS[kind]} ${editing ? 'updated' : 'logged'}`, message: `With ${who}` });
        onClose();
      },
      onError: (err: Error) => {
        if (err instanceof ApiError && err.problem.errors?.length) showErrors(err.problem.errors);
      },
    };
    if (editing) updateMutation.mutate({ id: editing.id, body: b }, handlers);
    else createMutation.mutate(b, handlers);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={editing ? `Edit ${KIND_LABELS[editing.kind].toLowerCase()}` : 'Log interaction'} size="lg" fullScreen={fullScreen}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group grow align="flex-start" preventGrowOverflow={false} wrap="wrap">
            <Select label="Kind" data={kindOptions} value={kind} onChange={(v) => v && setKind(v as Kind)} allowDeselect={false} miw={200} />
            <TextInput
              label="When"
              type="datetime-local"
              value={when}
              onChange={(e) => setWhen(e.currentTarget.value)}
              error={errors.when}
              miw={200}
            />
          </Group>
          <ContactPicker
            label="People"
            value={people}
            onChange={(next) => {
              setPeople(next);
              setErrors((e) => ({ ...e, people: '' }));
            }}
            error={errors.people || undefined}
          />
          {withRoles && people.length > 0 && (
            <Stack gap={6}>
              <Text size="sm" fw={500}>Roles</Text>
              <Text size="xs" c="dimmed">Everyone involved gets a thank-you: the interviewer, the recruiter, HR and whoever arranged it.</Text>
              {people.map((p) => (
                <Group key={p.id} wrap="nowrap" justify="space-between">
                  <Text size="sm" truncate>{p.displayName}</Text>
                  <Select
                    aria-label={`Role of ${p.displayName}`}
                    placeholder="Role"
                    data={roleOptions}
                    value={roles[p.id] ?? null}
                    onChange={(v) => setRoles((r) => ({ ...r, [p.id]: (v as Role | null) ?? null }))}
                    clearable
                    w={180}
                  />
                </Group>
              ))}
            </Stack>
          )}
          <Textarea
            label="Summary"
            placeholder="What did you talk about? What do they care about?"
            autosize
            minRows={3}
            maxRows={10}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={errors.summary}
          />
          <TagsInput label="Topics" placeholder="Type a topic and press Enter" value={topics} onChange={setTopics} error={errors.topics} />
          {create.error && !(create.error instanceof ApiError && create.error.problem.errors?.length) && (
            <Alert color="red" role="alert">{create.error.message}</Alert>
          )}
          <Group justify="space-between">
            <Text size="xs" c="dimmed">{editing ? 'Last contacted and follow-ups update with it.' : 'Tip: Ctrl/⌘ + I opens this from anywhere.'}</Text>
            <Group>
              <Button variant="default" onClick={onClose}>Cancel</Button>
              <Button type="submit" loading={create.isPending}>{editing ? 'Save changes' : 'Save'}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
