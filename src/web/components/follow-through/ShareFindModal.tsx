import { Alert, Button, Group, Modal, SegmentedControl, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { FIND_KINDS, type CreateFindBody, type FindListItem } from '../../../domain/follow-through/finds-api';
import { ApiError } from '../../api/client';
import { useSaveFind } from '../../api/follow-through';

type Kind = CreateFindBody['kind'];
const KIND_LABEL: Record<Kind, string> = { article: 'Article', job: 'Job', event: 'Event' };

/**
 * Save something worth passing on; Trellis puts "share it with …" on Today for each contact whose
 * tags or conversations mention one of its topics. With `editing`, the same form edits a saved find
 * (and Trellis matches its topics again).
 */
export function ShareFindModal({ opened, onClose, editing = null }: { opened: boolean; onClose: () => void; editing?: FindListItem | null }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const save = useSaveFind();
  const { reset } = save;
  const [kind, setKind] = useState<Kind>('article');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [topics, setTopics] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!opened) return;
    setKind(editing?.kind ?? 'article');
    setTitle(editing?.title ?? '');
    setUrl(editing?.url ?? '');
    setTopics(editing?.topics ?? []);
    setNote(editing?.note ?? '');
    setErrors({});
    reset();
  }, [opened, reset, editing]);

  // A message about a field goes away as soon as that field is edited.
  const edited = (field: string) => setErrors((e) => (field in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)) : e));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!title.trim()) next.title = 'Give it a title';
    if (!/^https?:\/\/\S+\.\S+/i.test(url.trim())) next.url = 'Use a web address starting with http:// or https://';
    if (topics.length === 0) next.topics = 'Add at least one topic, so Trellis knows who cares about it';
    setErrors(next);
    if (Object.keys(next).length) return;
    save.mutate(
      { id: editing?.id, body: { kind, title: title.trim(), url: url.trim(), topics, note: note.trim() || null } },
      {
        onSuccess: (find) => {
          onClose();
          const n = find.matches.length;
          notifications.show({
            color: n ? 'teal' : 'gray',
            title: n ? `${editing ? 'Saved; matches' : 'Proposed to'} ${n} ${n === 1 ? 'person' : 'people'}` : 'Saved',
            message: n
              ? `Today now suggests sharing it with ${find.matches.slice(0, 3).map((m) => m.contact.displayName).join(', ')}${n > 3 ? ' and others' : ''}.`
              : 'Nobody in your network has these topics as a tag or in a conversation yet.',
          });
        },
        onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={editing ? 'Edit find' : 'Share something useful'} size="lg" fullScreen={fullScreen}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {editing
              ? 'Changing the title, link or topics updates the suggestions still open on Today; people you already shared it with are not asked again.'
              : 'Came across an article, a job or an event someone would value? Save it with its topics: Trellis suggests who to send it to.'}
          </Text>
          <SegmentedControl aria-label="Kind" fullWidth value={kind} onChange={(v) => setKind(v as Kind)} data={FIND_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))} />
          <TextInput label="Title" placeholder="e.g. How we scaled our data platform team" value={title} onChange={(e) => { setTitle(e.currentTarget.value); edited('title'); }} error={errors.title} required data-autofocus />
          <TextInput label="Link" type="url" placeholder="https://…" value={url} onChange={(e) => { setUrl(e.currentTarget.value); edited('url'); }} error={errors.url} required />
          <TagsInput
            label="Topics"
            description="Matched against your contacts' tags and what you talked about"
            placeholder="Type a topic and press Enter"
            value={topics}
            onChange={(v) => { setTopics(v); edited('topics'); }}
            error={errors.topics}
            required
          />
          <Textarea label="Note (optional)" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
          {save.error && !(save.error instanceof ApiError && save.error.problem.errors?.length) && <Alert color="red" role="alert">{save.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={save.isPending}>{editing ? 'Save changes' : 'Find who to share with'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
