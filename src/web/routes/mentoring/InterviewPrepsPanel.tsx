import { Alert, Anchor, Badge, Button, Card, Group, Modal, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBriefcase, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, errorMessage } from '../../api/client';
import { useMentorships } from '../../api/mentoring';
import { useCreatePrep, usePreps } from '../../api/mentorship-depth';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../format';

/** Job interviews being prepared: practice answers, questions to ask, the people to thank afterwards. */
export function InterviewPrepsPanel() {
  const list = usePreps();
  const [adding, setAdding] = useState(false);
  if (list.isPending) return <Loading label="Loading interview preparations" />;
  if (list.error) return <Alert color="red" role="alert" title="Interview preparations could not be loaded">{list.error.message}</Alert>;
  const items = list.data.items;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text c="dimmed" size="sm" maw={640}>Practise the likely questions, bring questions of your own (always ask about next steps), and thank everyone who helped afterwards. Share a preparation with a mentor on Trellis to get their suggestions.</Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>Prepare for an interview</Button>
      </Group>
      {items.length === 0 ? (
        <Paper withBorder radius="md" p="lg" maw={720}>
          <Stack gap="xs">
            <Group gap="xs"><IconBriefcase size={20} aria-hidden /><Title order={2} size="h4">No interviews to prepare for yet</Title></Group>
            <Text size="sm">Got an interview coming up? Start a preparation: Trellis suggests the questions you will likely hear and the ones to ask, reminds you the day before, and puts a thank-you for each person involved on Today once it is held.</Text>
          </Stack>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {items.map((p) => (
            <Card key={p.id} withBorder radius="md" padding="md">
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Anchor component={Link} to={`/mentoring/interview-preps/${p.id}`} fw={600} size="lg" lineClamp={1}>{p.company}</Anchor>
                  <Badge color={p.status === 'held' ? 'teal' : 'violet'} variant="light">{p.status === 'held' ? 'Held' : 'Preparing'}</Badge>
                </Group>
                <Text size="sm">{p.role}</Text>
                <Text size="sm" c="dimmed">{p.scheduledAt ? formatDateTime(p.scheduledAt) : 'No date yet'}</Text>
                <Text size="sm">{p.practice.answered} of {p.practice.total} answers practised · {p.people.length} {p.people.length === 1 ? 'person' : 'people'} to thank</Text>
                {p.sharedWith && <Text size="sm" c="teal.8">Shared with {p.sharedWith.mentorName}{p.comments.length ? ` · ${p.comments.length} comment${p.comments.length === 1 ? '' : 's'}` : ''}</Text>}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <NewPrepModal opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}

/** A datetime-local value ('2026-12-10T14:00') as an ISO instant with offset. */
export const localToIso = (v: string) => (v ? new Date(v).toISOString() : null);
export const isoToLocal = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export function useShareOptions() {
  const mentors = useMentorships();
  return [
    { value: '', label: 'Not shared' },
    ...(mentors.data?.items ?? []).filter((m) => m.mentorOnTrellis && m.status !== 'closed').map((m) => ({ value: m.id, label: m.contact?.displayName ?? 'Mentor' })),
  ];
}

function NewPrepModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreatePrep();
  const navigate = useNavigate();
  const share = useShareOptions();
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [when, setWhen] = useState('');
  const [shared, setShared] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (opened) { setCompany(''); setRole(''); setWhen(''); setShared(''); setErrors({}); }
  }, [opened]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!company.trim()) local.company = 'Which company is it with?';
    if (!role.trim()) local.role = 'Which role is it for?';
    if (Object.keys(local).length) return setErrors(local);
    create.mutate(
      { company, role, scheduledAt: localToIso(when), sharedMentorshipId: shared || null },
      {
        onSuccess: (p) => { onClose(); notifications.show({ message: 'Preparation started with the usual questions' }); void navigate(`/mentoring/interview-preps/${p.id}`); },
        onError: (err) => setErrors(err instanceof ApiError ? { ...err.fieldErrors(), form: err.problem.errors?.length ? '' : err.message } : { form: errorMessage(err) }),
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Prepare for a job interview">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Company" required value={company} onChange={(e) => setCompany(e.currentTarget.value)} error={errors.company} data-autofocus />
          <TextInput label="Role" required value={role} onChange={(e) => setRole(e.currentTarget.value)} error={errors.role} />
          <TextInput label="Date and time" type="datetime-local" value={when} onChange={(e) => setWhen(e.currentTarget.value)} error={errors.scheduledAt} description="You get a reminder to prepare the day before" />
          <Select label="Share with a mentor" data={share} value={shared} onChange={(v) => setShared(v ?? '')} allowDeselect={false} description="A mentor on Trellis can read it and suggest questions" error={errors.sharedMentorshipId} />
          {errors.form && <Text c="red" size="sm" role="alert">{errors.form}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={create.isPending}>Start preparing</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
