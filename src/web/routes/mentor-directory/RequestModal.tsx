import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { DirectoryEntry } from '../../../domain/mentor-directory/api';
import { defaultRequestMessage } from '../../../domain/mentor-directory/rules';
import type { MentorKind } from '../../../domain/mentoring/rules';
import { ApiError, errorMessage } from '../../api/client';
import { useSendRequest } from '../../api/mentor-directory';
import { useSession } from '../../api/session';
import { KIND_HINTS, kindOptions, parseAreas } from '../mentoring/labels';

/** Ask a mentor: a kind default message to make your own, the kind of mentor, the areas. */
export function RequestModal({ mentor, areas: wanted, onClose }: { mentor: DirectoryEntry | null; areas?: string[]; onClose: () => void }) {
  const send = useSendRequest();
  const session = useSession();
  const [message, setMessage] = useState('');
  const [kind, setKind] = useState<MentorKind>('board_of_directors');
  const [areas, setAreas] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<string | null>(null);
  useEffect(() => {
    if (!mentor) return;
    const common = (wanted ?? []).filter((a) => mentor.skills.some((s) => s.toLowerCase() === a.toLowerCase()));
    const initial = common.length ? common : mentor.skills.slice(0, 2);
    setAreas(initial.join(', '));
    setMessage(defaultRequestMessage(mentor.name, session.data?.user.name ?? '', initial));
    setKind('board_of_directors');
    setErrors({});
    setConflict(null);
  }, [mentor, wanted, session.data?.user.name]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!mentor) return;
    if (!message.trim()) return setErrors({ message: 'Write a short message to the mentor' });
    send.mutate(
      { mentorProfileId: mentor.id, message: message.trim(), kind, areas: parseAreas(areas) },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: `Request sent to ${mentor.name}. You will see their answer under Requests.` });
          onClose();
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) return setConflict(err.message);
          if (err instanceof ApiError) return setErrors(err.fieldErrors());
          notifications.show({ color: 'red', message: errorMessage(err) });
        },
      },
    );
  };
  return (
    <Modal opened={mentor !== null} onClose={onClose} title={mentor ? `Ask ${mentor.name} to mentor you` : ''} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">Keep it short and specific: say what you hope to learn, and make it easy to say no.</Text>
          {conflict && <Alert color="orange" role="alert" title="This request cannot be sent">{conflict}</Alert>}
          <Textarea label="Message" required autosize minRows={6} maxRows={14} value={message} onChange={(e) => setMessage(e.currentTarget.value)} error={errors.message} data-autofocus />
          <Select label="Kind of mentor you are asking for" allowDeselect={false} data={kindOptions} value={kind} onChange={(v) => v && setKind(v as MentorKind)} description={KIND_HINTS[kind]} error={errors.kind} />
          <TextInput label="Areas you want help with" description="Separate with commas" value={areas} onChange={(e) => setAreas(e.currentTarget.value)} error={errors['areas.0'] ?? errors.areas} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={send.isPending}>Send request</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
