import { Alert, Anchor, Badge, Button, Checkbox, Grid, Group, Menu, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconChevronDown, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { MentorshipResponse, UpdateMentorshipBody } from '../../../domain/mentoring/api';
import type { MentorKind } from '../../../domain/mentoring/rules';
import { BackLink as BackLinkTo, DetailQuery } from '../../components/DetailQuery';
import { errorMessage } from '../../api/client';
import { useDeleteMentorship, useMentorship, useUpdateMentorship } from '../../api/mentoring';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { AgreementPanel } from './AgreementPanel';
import { MeetingsPanel } from './MeetingsPanel';
import { ThreadPanel } from '../mentor-directory/ThreadPanel';
import { EndMentorshipModal, PayItForwardPanel, QuietAlert, ShadowPanel } from './MentorDepthPanels';
import { useMenteeThreadPost } from '../../api/mentor-directory';
import { HORIZON_LABELS, KIND_COLORS, KIND_HINTS, KIND_LABELS, STATUS_COLORS, STATUS_LABELS, formatDay, kindOptions, parseAreas } from './labels';

/** One mentor: warnings, areas, meetings with action items, the expectations agreement, shared goals. */
export function MentorDetailPage() {
  const { id = '' } = useParams();
  const query = useMentorship(id);
  return (
    <DetailQuery query={query} noun="mentor" back={BACK}>
      {(data) => <Detail m={data} />}
    </DetailQuery>
  );
}

const BACK = { to: '/mentoring', label: 'Mentoring' };
const BackLink = () => <BackLinkTo {...BACK} />;

function Detail({ m }: { m: MentorshipResponse }) {
  const navigate = useNavigate();
  const update = useUpdateMentorship();
  const del = useDeleteMentorship();
  const [deleting, setDeleting] = useState(false);
  const [closing, setClosing] = useState(false);
  const ask = useMenteeThreadPost();
  const name = m.contact?.displayName ?? 'Deleted contact';
  const patch = (body: UpdateMentorshipBody, done?: string) =>
    update.mutate({ id: m.id, body }, { onSuccess: () => done && notifications.show({ message: done }), onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) });

  return (
    <Stack gap="md">
      <BackLink />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={1} size="h2">{m.contact ? <Anchor component={Link} to={`/network/contacts/${m.contact.id}`} inherit c="inherit">{name}</Anchor> : name}</Title>
            <Badge color={KIND_COLORS[m.kind]} variant="light" size="lg">{KIND_LABELS[m.kind]}</Badge>
            <Badge color={STATUS_COLORS[m.status]} variant="light" size="lg">{STATUS_LABELS[m.status]}</Badge>
            {m.mentorOnTrellis && <Badge color="teal" variant="outline" size="lg">On Trellis</Badge>}
          </Group>
          <Text c="dimmed" size="sm">
            {[m.contact?.title, m.contact?.company, m.employer === 'inside' ? 'inside my employer' : m.employer === 'outside' ? 'outside my employer' : null].filter(Boolean).join(' · ') || 'No title or company yet'}
            {m.startedOn ? ` · since ${formatDay(m.startedOn)}` : ''}
          </Text>
        </Stack>
        <Group gap="xs">
          <Menu position="bottom-end">
            <Menu.Target><Button variant="default" rightSection={<IconChevronDown size={14} />}>Status</Button></Menu.Target>
            <Menu.Dropdown>
              {m.status !== 'active' && <Menu.Item onClick={() => patch({ status: 'active' }, 'Active again')}>{m.status === 'closed' ? 'Reopen' : 'Resume'}</Menu.Item>}
              {m.status === 'active' && <Menu.Item onClick={() => patch({ status: 'paused' }, 'Paused')}>Pause</Menu.Item>}
              {m.status !== 'closed' && <Menu.Item onClick={() => setClosing(true)}>End with a reflection…</Menu.Item>}
            </Menu.Dropdown>
          </Menu>
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>Delete</Button>
        </Group>
      </Group>

      {m.warnings.map((w) => (
        <Alert key={w.code} color="orange" icon={<IconAlertTriangle size={18} />} title={w.code === 'own_manager' ? 'This mentor is your boss' : 'This mentor may be in your reporting line'} role="alert">
          {w.message}
        </Alert>
      ))}
      <QuietAlert m={m} />
      <PayItForwardPanel m={m} />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <MeetingsPanel m={m} />
            <AgreementPanel m={m} />
            <ShadowPanel m={m} />
            {m.mentorOnTrellis && (
              <ThreadPanel posts={m.thread} canShare={false} closed={m.status === 'closed'} busy={ask.isPending} otherName={name} onPost={(body, done) => ask.mutate({ mentorshipId: m.id, body }, done)} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <AboutPanel m={m} busy={update.isPending} onSave={(body) => patch(body, 'Saved')} />
            <Paper withBorder radius="md" p="md">
              <Stack gap="xs">
                <Title order={2} size="h4">Goals shared with {name}</Title>
                {m.mentorOnTrellis && <Text size="xs" c="dimmed">{name} reads these goals and their progress and challenges, and can comment. Your notes stay yours.</Text>}
                {m.sharedGoals.length === 0 ? (
                  <Text size="sm" c="dimmed">None yet. Share goals from the <Anchor component={Link} to="/mentoring?tab=goals" inherit>Goals</Anchor> tab.</Text>
                ) : (
                  m.sharedGoals.map((g) => <Text key={g.id} size="sm">{g.title} <Text span c="dimmed" size="xs">({HORIZON_LABELS[g.horizon]})</Text></Text>)
                )}
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>

      <EndMentorshipModal opened={closing} onClose={() => setClosing(false)} id={m.id} side="mentee" otherName={name} />
      <ConfirmModal
        opened={deleting}
        title={`Delete ${name} as a mentor?`}
        message="Their meetings, action items and agreement are deleted too. They stay in your network. To keep the history, close the mentorship instead."
        confirm="Delete mentorship"
        busy={del.isPending}
        onConfirm={() => del.mutate(m.id, { onSuccess: () => void navigate('/mentoring') })}
        onClose={() => setDeleting(false)}
      />
    </Stack>
  );
}

function AboutPanel({ m, busy, onSave }: { m: MentorshipResponse; busy: boolean; onSave: (b: UpdateMentorshipBody) => void }) {
  const [kind, setKind] = useState<MentorKind>(m.kind);
  const [areas, setAreas] = useState(m.areas.join(', '));
  const [isManager, setIsManager] = useState(m.isManager);
  const [notes, setNotes] = useState(m.notes ?? '');
  useEffect(() => {
    setKind(m.kind);
    setAreas(m.areas.join(', '));
    setIsManager(m.isManager);
    setNotes(m.notes ?? '');
  }, [m]);
  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={(e) => { e.preventDefault(); onSave({ kind, areas: parseAreas(areas), isManager, notes: notes.trim() || null }); }} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">About this mentorship</Title>
          <Select label="Kind of mentor" allowDeselect={false} value={kind} onChange={(v) => v && setKind(v as MentorKind)} data={kindOptions} description={KIND_HINTS[kind]} />
          <TextInput label="Areas of growth they help with" description="Separate with commas" value={areas} onChange={(e) => setAreas(e.currentTarget.value)} />
          <Checkbox label="This person is my manager or in my management chain" checked={isManager} onChange={(e) => setIsManager(e.currentTarget.checked)} />
          <Textarea label="Notes" description="Private: only you see them" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          <Group justify="flex-end"><Button type="submit" variant="light" loading={busy}>Save</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
