import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, List, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { ProgramResponse } from '../../../domain/programs/api';
import { defaultSelfServiceRequest, MESSAGE_MAX, MESSAGE_MIN } from '../../../domain/programs/self-service';
import type { CandidateMentor, SelfServiceOverview } from '../../../domain/programs/self-service-api';
import { ApiError, errorMessage } from '../../api/client';
import { useSession } from '../../api/session';
import { Loading } from '../../components/Loading';
import { useAskMentor, useMentorChoice } from './SelfServiceApi';
import { RequestList } from './SelfServiceRequests';

const PAGE = 20;
const haystack = (m: CandidateMentor) => [m.name, m.jobRole ?? '', ...m.skills, ...m.industries, ...m.languages, m.availability].join(' ').toLowerCase();

/** "Choose a mentor": the mentors this mentee may ask, best fit first, each score explained. */
export function SelfServiceChooser({ p, o }: { p: ProgramResponse; o: SelfServiceOverview }) {
  const choice = useMentorChoice(p.id, true);
  const [search, setSearch] = useState('');
  const [language, setLanguage] = useState<string | null>(null);
  const [hideFull, setHideFull] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [asking, setAsking] = useState<CandidateMentor | null>(null);
  const mentors = useMemo(() => choice.data?.mentors ?? [], [choice.data]);
  const languages = useMemo(() => [...new Set(mentors.flatMap((m) => m.languages))].sort(), [mentors]);
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const filtered = mentors.filter((m) => (!hideFull || !m.full) && (!language || m.languages.includes(language)) && words.every((w) => haystack(m).includes(w)));
  const c = choice.data;
  const atLimit = c ? c.openRequests >= c.maxOpenRequests : false;
  const isOpen = (r: SelfServiceOverview['sent'][number]) => r.status === 'pending' || r.status === 'accepted_by_mentor';
  const waiting = o.sent.filter(isOpen);
  const earlier = o.sent.filter((r) => !isOpen(r));
  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h4">Choose a mentor</Title>
        {/* How the list works matters only while there is a list to choose from. */}
        {!c?.blocked && (
          <Text size="sm" c="dimmed">
            Ranked by how well each mentor fits your profile, with the same scoring your coordinators use. You can have up to {o.maxOpenRequests} requests waiting at once; a request expires after {o.requestExpiryDays} days without an answer.
          </Text>
        )}
      </div>
      {choice.isPending && <Loading label="Loading mentors" />}
      {choice.error && <Alert color="red" role="alert" title="Mentors could not be loaded">{choice.error.message}</Alert>}
      {c?.blocked && (
        <Alert color={c.blocked.code === 'already_matched' || c.blocked.code === 'awaiting_approval' ? 'teal' : 'gray'} variant="light" title={BLOCKED_TITLES[c.blocked.code]}>
          {c.blocked.detail}{' '}
          {(c.blocked.code === 'already_matched' || c.blocked.code === 'no_mentors') && (
            <Anchor component={Link} to={`/programs/${p.id}`} inherit>Go to the overview</Anchor>
          )}
        </Alert>
      )}
      {/* What the mentee already asked comes before the list: on a phone it was 20 cards down. */}
      {waiting.length > 0 && (
        <Stack gap="sm">
          <Title order={3} size="h5">Your open requests</Title>
          <RequestList items={waiting} view="mentee" p={p} empty="" />
        </Stack>
      )}
      {c && !c.blocked && (
        <>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label="Search"
              placeholder="Name, skill, industry, role"
              leftSection={<IconSearch size={14} />}
              value={search}
              onChange={(e) => { setSearch(e.currentTarget.value); setShown(PAGE); }}
              style={{ flex: '1 1 220px' }}
            />
            <Select label="Language" placeholder="Any" data={languages} value={language} onChange={(v) => { setLanguage(v); setShown(PAGE); }} clearable style={{ flex: '0 1 160px' }} />
            <Checkbox label="Hide full mentors" checked={hideFull} onChange={(e) => setHideFull(e.currentTarget.checked)} mb={8} />
          </Group>
          <Text size="sm" c="dimmed" aria-live="polite">
            {filtered.length === mentors.length ? `${mentors.length} ${mentors.length === 1 ? 'mentor' : 'mentors'}` : `${filtered.length} of ${mentors.length} mentors`} · {c.openRequests} of {c.maxOpenRequests} requests waiting
          </Text>
          {filtered.length === 0 && <Text c="dimmed">No mentor matches these filters. Clear the search or the language to see everyone.</Text>}
          {/* Two columns on a wide screen: a single column of 960 px cards left most of each one empty. */}
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {filtered.slice(0, shown).map((m) => <MentorCard key={m.memberId} m={m} atLimit={atLimit} onAsk={() => setAsking(m)} />)}
          </SimpleGrid>
          {filtered.length > shown && (
            <Group><Button variant="default" onClick={() => setShown((n) => n + PAGE)}>Show {Math.min(PAGE, filtered.length - shown)} more</Button></Group>
          )}
        </>
      )}
      {earlier.length > 0 && (
        <Stack gap="sm" mt="md">
          <Title order={3} size="h5">{waiting.length > 0 ? 'Earlier requests' : 'Your requests'}</Title>
          <RequestList items={earlier} view="mentee" p={p} empty="" />
        </Stack>
      )}
      <AskModal p={p} mentor={asking} onClose={() => setAsking(null)} />
    </Stack>
  );
}

const BLOCKED_TITLES: Record<string, string> = {
  self_service_off: 'Your coordinators match mentees here',
  not_a_mentee: 'For mentees',
  no_cohort: 'Not in a cohort yet',
  waiting_for_consent: 'Waiting for a guardian’s consent',
  already_matched: 'You have a mentor',
  matched_elsewhere: 'You have a mentor in another cohort',
  awaiting_approval: 'Waiting for a coordinator’s approval',
  no_mentors: 'No mentors to choose from yet',
  no_screened_mentors: 'No screened mentors yet',
};

function MentorCard({ m, atLimit, onAsk }: { m: CandidateMentor; atLimit: boolean; onAsk: () => void }) {
  const summary = [m.jobRole, m.industries.join(', ')].filter(Boolean).join(' · ');
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={m.name}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600}>{m.name}</Text>
            {summary && <Text size="sm" c="dimmed">{summary}</Text>}
          </div>
          <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
            {m.full ? <Badge color="gray" variant="light">Full</Badge> : <Badge color="teal" variant="light">{m.capacityLeft} {m.capacityLeft === 1 ? 'place' : 'places'}</Badge>}
            <Badge variant="filled" aria-label={`Fit score ${m.score}`}>Fit {m.score}</Badge>
          </Group>
        </Group>
        {m.reasons.length > 0 ? (
          <List size="sm" spacing={2} aria-label={`Why ${m.name} fits`}>
            {m.reasons.map((r) => (
              <List.Item key={r.criterion}>
                {r.text}
                <Text span size="xs" c="dimmed"> ({r.points > 0 ? `+${r.points}` : 'no points'})</Text>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">Nothing in your profile matches yet; add growth areas and languages on the Overview tab to see how mentors fit.</Text>
        )}
        {m.skills.length > 0 && (
          <Group gap={4}>{m.skills.map((s) => <Badge key={s} variant="outline" color="gray" tt="none">{s}</Badge>)}</Group>
        )}
        <Text size="sm">
          {m.languages.length > 0 && <>Speaks {m.languages.join(', ')} · </>}
          {m.availability}
          {m.timeZone && <> · {m.timeZone}</>}
        </Text>
        <Group justify="flex-end">
          {m.requestId ? (
            <Badge color="blue" variant="light">Requested</Badge>
          ) : (
            <Button onClick={onAsk} disabled={m.full || atLimit} title={m.full ? 'No place left' : atLimit ? 'Wait for an answer or withdraw a request first' : undefined}>
              {m.full ? 'Full' : `Ask ${m.name.split(/\s+/)[0]}`}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function AskModal({ p, mentor, onClose }: { p: ProgramResponse; mentor: CandidateMentor | null; onClose: () => void }) {
  const ask = useAskMentor(p.id);
  const session = useSession();
  const [message, setMessage] = useState('');
  const [forMentor, setForMentor] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [conflict, setConflict] = useState<string | null>(null);
  if (mentor && forMentor !== mentor.memberId) {
    setForMentor(mentor.memberId);
    setMessage(defaultSelfServiceRequest(mentor.name, session.data?.user.name ?? '', p.name));
    setError(undefined);
    setConflict(null);
  }
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!mentor) return;
    const text = message.trim();
    if (text.length < MESSAGE_MIN) return setError(`Write a little more (at least ${MESSAGE_MIN} characters)`);
    if (text.length > MESSAGE_MAX) return setError(`Keep it under ${MESSAGE_MAX} characters`);
    ask.mutate(
      { mentorMemberId: mentor.memberId, message: text },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: `Request sent to ${mentor.name}. You will hear their answer in your inbox.` });
          setForMentor(null);
          onClose();
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) return setConflict(err.message);
          if (err instanceof ApiError) return setError(err.fieldErrors().message ?? err.message);
          setError(errorMessage(err));
        },
      },
    );
  };
  const close = () => { setForMentor(null); onClose(); };
  return (
    <Modal opened={mentor !== null} onClose={close} title={mentor ? `Ask ${mentor.name} to mentor you` : ''} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">Say what you hope to learn, and make it easy to say no.</Text>
          {conflict && <Alert color="orange" role="alert" title="This request cannot be sent">{conflict}</Alert>}
          <Textarea
            label="Message"
            required
            autosize
            minRows={5}
            maxRows={12}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            error={error}
            description={`${message.trim().length} / ${MESSAGE_MAX} characters`}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>Cancel</Button>
            <Button type="submit" loading={ask.isPending}>Send request</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
