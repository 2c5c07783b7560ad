import { ActionIcon, Alert, Anchor, Badge, Button, Grid, Group, Modal, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCircleCheck, IconTrash, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { PrepResponse, UpdatePrepBody } from '../../../domain/mentoring/interview-prep-api';
import { PREP_ROLES, ROLE_LABELS, type PrepRole } from '../../../domain/mentoring/interview-prep';
import { ApiError, errorMessage } from '../../api/client';
import { useDeletePrep, useHoldPrep, usePrep, usePrepComment, useQuestionBank, useReopenPrep, useUpdatePrep } from '../../api/mentorship-depth';
import { BackLink, DetailQuery } from '../../components/DetailQuery';
import { ContactPicker, type PickedContact } from '../../components/network/ContactPicker';
import { formatDateTime } from '../../format';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { isoToLocal, localToIso, useShareOptions } from './InterviewPrepsPanel';
import { PrepCommentsPanel } from './PrepCommentsPanel';
import { PrepQuestionsPanel, type EditableQuestion } from './PrepQuestionsPanel';

const BACK = { to: '/mentoring?tab=interviews', label: 'Interview prep' };
const roleOptions = PREP_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const toInput = (qs: EditableQuestion[]) => qs.map((q) => ({ key: q.key, bankKey: q.bankKey, text: q.text, answer: q.answer.trim() || null }));

/** One job interview being prepared: questions and answers, questions to ask, people to thank, research, the mentor's view. */
export function InterviewPrepPage() {
  const { id = '' } = useParams();
  const query = usePrep(id);
  return (
    <DetailQuery query={query} noun="interview preparation" back={BACK}>
      {(data) => <Detail p={data} />}
    </DetailQuery>
  );
}

function Detail({ p }: { p: PrepResponse }) {
  const navigate = useNavigate();
  const update = useUpdatePrep();
  const del = useDeletePrep();
  const bank = useQuestionBank();
  const comment = usePrepComment();
  const reopen = useReopenPrep();
  const [holding, setHolding] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [reopening, setReopening] = useState(false);
  const held = p.status === 'held';
  // Undo "held": the logged interview and its open thank-yous go; refused (409, shown) once someone was thanked.
  const undoHeld = (fromDialog = false) =>
    reopen.mutate(p.id, {
      onSuccess: () => {
        setReopening(false);
        notifications.show({ message: `Back to preparing: the interview at ${p.company} left your network log, and its thank-yous left Today.` });
      },
      // In the dialog the reason stays on screen next to the choice; from the toast's Undo it is a notification.
      onError: (err) => (fromDialog ? undefined : notifications.show({ color: 'red', title: 'Still held', message: errorMessage(err) })),
    });
  const save = (body: UpdatePrepBody, done: string) =>
    update.mutate({ id: p.id, body }, { onSuccess: () => notifications.show({ message: done }), onError: (err) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(err) }) });

  return (
    <Stack gap="md">
      <BackLink {...BACK} />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={1} size="h2">Interview at {p.company}</Title>
            <Badge color={held ? 'teal' : 'violet'} variant="light" size="lg">{held ? 'Held' : 'Preparing'}</Badge>
          </Group>
          <Text c="dimmed" size="sm">{p.role}{p.scheduledAt ? ` · ${formatDateTime(p.scheduledAt)}` : ''}{p.location ? ` · ${p.location}` : ''}</Text>
        </Stack>
        <Group gap="xs">
          {!held && <Button leftSection={<IconCircleCheck size={16} />} onClick={() => setHolding(true)}>Mark as held</Button>}
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>Delete</Button>
        </Group>
      </Group>
      {held && (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Held: now close the loop">
          <Text size="sm">
            Logged in your network{p.heldAt ? ` on ${formatDateTime(p.heldAt)}` : ''}. A thank-you for each of {p.people.map((x) => x.displayName).join(', ')} is on <Anchor component={Link} to="/" inherit>Today</Anchor>
            {p.sharedWith ? `, and so is telling ${p.sharedWith.mentorName} how it went.` : '.'}
          </Text>
          <Button mt="xs" size="xs" variant="light" color="gray" leftSection={<IconArrowBackUp size={14} />} onClick={() => { reopen.reset(); setReopening(true); }}>
            Reopen: not held yet
          </Button>
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <PrepQuestionsPanel
              title="Likely questions"
              intro="Write a practice answer for each; say it out loud once before the day."
              questions={p.likelyQuestions}
              bank={bank.data?.likely ?? []}
              withAnswers
              readOnly={false}
              busy={update.isPending}
              onSave={(qs) => save({ likelyQuestions: toInput(qs) }, 'Practice answers saved')}
            />
            <PrepQuestionsPanel
              title="Questions to ask"
              intro="Ask about next steps and the timeline before you leave, especially if they do not say: then you know when to follow up."
              questions={p.questionsToAsk}
              bank={bank.data?.toAsk ?? []}
              withAnswers={false}
              readOnly={false}
              busy={update.isPending}
              onSave={(qs) => save({ questionsToAsk: toInput(qs) }, 'Questions to ask saved')}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <PeoplePanel p={p} busy={update.isPending} onSave={(people) => save({ people }, 'People saved')} />
            <DetailsPanel p={p} busy={update.isPending} onSave={(body) => save(body, 'Saved')} />
            {p.sharedWith ? (
              <PrepCommentsPanel
                comments={p.comments}
                otherName={p.sharedWith.mentorName}
                busy={comment.isPending}
                onPost={(body, done) => comment.mutate({ id: p.id, body }, { onSuccess: done, onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) })}
              />
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
      <HoldModal opened={holding} onClose={() => setHolding(false)} p={p} onUndo={() => undoHeld()} />
      <Modal opened={reopening} onClose={() => setReopening(false)} title={`Reopen the interview at ${p.company}?`}>
        <Stack>
          <Text size="sm">
            {`It goes back to preparing, as if it had not happened yet. The job interview logged${p.heldAt ? ` on ${formatDateTime(p.heldAt)}` : ''} leaves your network log, and the thank-yous to ${p.people.map((x) => x.displayName).join(', ') || 'the people involved'} leave Today${p.sharedWith ? `, as does telling ${p.sharedWith.mentorName} how it went` : ''}. Your answers, questions and notes stay.`}
          </Text>
          {reopen.error && (
            <Alert color="red" role="alert" title="It stays held">
              <Text size="sm">{errorMessage(reopen.error)}</Text>
              <Group gap="xs" mt={6}>
                {p.people.map((x) => <Anchor key={x.contactId} component={Link} to={`/network/contacts/${x.contactId}`} size="sm">{`${x.displayName}’s timeline`}</Anchor>)}
              </Group>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReopening(false)}>{reopen.error ? 'Close' : 'Keep it held'}</Button>
            {!reopen.error && <Button color="red" loading={reopen.isPending} onClick={() => undoHeld(true)}>Reopen</Button>}
          </Group>
        </Stack>
      </Modal>
      <ConfirmModal
        opened={deleting}
        title={`Delete the preparation for ${p.company}?`}
        message={held ? 'The interview stays in your network log, with its thank-yous on Today.' : 'Your practice answers and notes are deleted, and the reminder leaves Today.'}
        confirm="Delete preparation"
        busy={del.isPending}
        onConfirm={() => del.mutate(p.id, { onSuccess: () => void navigate('/mentoring?tab=interviews') })}
        onClose={() => setDeleting(false)}
      />
    </Stack>
  );
}

type Person = { contactId: string; displayName: string; role: PrepRole };

function PeoplePanel({ p, busy, onSave }: { p: PrepResponse; busy: boolean; onSave: (people: { contactId: string; role: PrepRole }[]) => void }) {
  const [people, setPeople] = useState<Person[]>(p.people);
  const [dirty, setDirty] = useState(false);
  useEffect(() => { setPeople(p.people); setDirty(false); }, [p.people]);
  const change = (next: Person[]) => { setPeople(next); setDirty(true); };
  const held = p.status === 'held';
  const picked: PickedContact[] = [];
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">People and the thank-you list</Title>
        <Text size="sm" c="dimmed">Everyone involved gets their own thank-you on Today once the interview is held: the interviewer, and the recruiter, HR and whoever arranged it.</Text>
        {people.length === 0 && <Text size="sm" c="dimmed">Nobody yet. Add people from your network.</Text>}
        {people.map((x, i) => (
          <Group key={x.contactId} gap="xs" wrap="nowrap">
            <Anchor component={Link} to={`/network/contacts/${x.contactId}`} size="sm" style={{ flex: 1 }} lineClamp={1}>{x.displayName}</Anchor>
            <Select aria-label={`Role of ${x.displayName}`} w={150} data={roleOptions} value={x.role} allowDeselect={false} disabled={held} onChange={(v) => v && change(people.map((y, j) => (j === i ? { ...y, role: v as PrepRole } : y)))} />
            {!held && <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${x.displayName}`} onClick={() => change(people.filter((_, j) => j !== i))}><IconX size={16} /></ActionIcon>}
          </Group>
        ))}
        {!held && (
          <>
            <ContactPicker
              label="Add people"
              description="Search your network; new ones start as interviewer"
              value={picked}
              onChange={(added) => {
                const fresh = added.filter((a) => !people.some((x) => x.contactId === a.id));
                if (fresh.length) change([...people, ...fresh.map((a) => ({ contactId: a.id, displayName: a.displayName, role: 'interviewer' as PrepRole }))]);
              }}
            />
            <Group justify="flex-end"><Button variant={dirty ? 'filled' : 'light'} disabled={!dirty} loading={busy} onClick={() => onSave(people.map((x) => ({ contactId: x.contactId, role: x.role })))}>Save people</Button></Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function DetailsPanel({ p, busy, onSave }: { p: PrepResponse; busy: boolean; onSave: (b: UpdatePrepBody) => void }) {
  const share = useShareOptions();
  const [company, setCompany] = useState(p.company);
  const [role, setRole] = useState(p.role);
  const [when, setWhen] = useState(isoToLocal(p.scheduledAt));
  const [location, setLocation] = useState(p.location ?? '');
  const [notes, setNotes] = useState(p.researchNotes ?? '');
  const [shared, setShared] = useState(p.sharedWith?.mentorshipId ?? '');
  useEffect(() => {
    setCompany(p.company); setRole(p.role); setWhen(isoToLocal(p.scheduledAt)); setLocation(p.location ?? ''); setNotes(p.researchNotes ?? ''); setShared(p.sharedWith?.mentorshipId ?? '');
  }, [p]);
  const held = p.status === 'held';
  return (
    <Paper withBorder radius="md" p="md">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSave({ company, role, location: location || null, researchNotes: notes || null, sharedMentorshipId: shared || null, ...(held ? {} : { scheduledAt: localToIso(when) }) });
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">Details and research</Title>
          <Group grow align="flex-start">
            <TextInput label="Company" value={company} onChange={(e) => setCompany(e.currentTarget.value)} error={!company.trim() ? 'Required' : undefined} />
            <TextInput label="Role" value={role} onChange={(e) => setRole(e.currentTarget.value)} error={!role.trim() ? 'Required' : undefined} />
          </Group>
          <TextInput label="Date and time" type="datetime-local" value={when} disabled={held} description={held ? 'Held: the logged time is in your network log; reopen to change it' : undefined} onChange={(e) => setWhen(e.currentTarget.value)} />
          <TextInput label="Where" placeholder="Office address or video link" value={location} onChange={(e) => setLocation(e.currentTarget.value)} />
          <Textarea label="Research notes" description="The company, the team, recent news, the people you will meet" autosize minRows={3} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          <Select label="Shared with" data={share} value={shared} onChange={(v) => setShared(v ?? '')} allowDeselect={false} description="Your mentor reads this preparation and suggests questions; nothing else of yours" />
          <Group justify="flex-end"><Button type="submit" variant="light" loading={busy} disabled={!company.trim() || !role.trim()}>Save details</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}

function HoldModal({ opened, onClose, p, onUndo }: { opened: boolean; onClose: () => void; p: PrepResponse; onUndo: () => void }) {
  const hold = useHoldPrep();
  const [when, setWhen] = useState('');
  const [summary, setSummary] = useState('');
  const [topics, setTopics] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (!opened) return;
    const past = p.scheduledAt && new Date(p.scheduledAt) < new Date() ? p.scheduledAt : new Date().toISOString();
    setWhen(isoToLocal(past)); setSummary(''); setTopics(''); setError(undefined);
  }, [opened, p.scheduledAt]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    hold.mutate(
      { id: p.id, body: { heldAt: localToIso(when) ?? undefined, summary: summary.trim() || null, topics: topics.split(',').map((t) => t.trim()).filter(Boolean) } },
      {
        onSuccess: () => {
          onClose();
          const nid = notifications.show({
            autoClose: 10_000,
            message: (
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm">Logged. {p.people.length} thank-you{p.people.length === 1 ? '' : 's'} on Today.</Text>
                <Button size="compact-sm" variant="light" onClick={() => { notifications.hide(nid); onUndo(); }}>Undo</Button>
              </Group>
            ),
          });
        },
        onError: (err) => setError(err instanceof ApiError ? (Object.values(err.fieldErrors())[0] ?? err.message) : errorMessage(err)) },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Mark the interview at ${p.company} as held`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {p.people.length === 0 ? (
            <Alert color="orange" title="Nobody to thank yet">Add the people involved first (interviewer, recruiter, HR, who arranged it): each gets a thank-you task.</Alert>
          ) : (
            <Text size="sm">It is logged as a job interview with {p.people.map((x) => `${x.displayName} (${ROLE_LABELS[x.role].toLowerCase()})`).join(', ')}, and each of them gets a thank-you on Today.</Text>
          )}
          <TextInput label="When" type="datetime-local" value={when} onChange={(e) => setWhen(e.currentTarget.value)} />
          <Textarea label="How did it go?" description="Used as the recap in your thank-you notes" autosize minRows={3} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} data-autofocus />
          <TextInput label="What you talked about" description="Separate with commas" value={topics} onChange={(e) => setTopics(e.currentTarget.value)} />
          {error && <Text c="red" size="sm" role="alert">{error}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={hold.isPending} disabled={p.people.length === 0}>Mark as held</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
