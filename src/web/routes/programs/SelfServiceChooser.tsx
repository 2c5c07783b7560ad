import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, List, Loader, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ProgramResponse } from '../../../domain/programs/api';
import { defaultSelfServiceRequest, MESSAGE_MAX, MESSAGE_MIN } from '../../../domain/programs/self-service';
import type { CandidateMentor, SelfServiceOverview } from '../../../domain/programs/self-service-api';
import { ApiError, errorMessage } from '../../api/client';
import { useSession } from '../../api/session';
import { Loading } from '../../components/Loading';
import { MENTOR_PAGE, useAskMentor, useMentorChoice, type MentorFilters } from './SelfServiceApi';
import { RequestList } from './SelfServiceRequests';

/** "Choose a mentor": the mentors this mentee may ask, best fit first, each score explained; the server filters and pages. */
export function SelfServiceChooser({ p, o }: { p: ProgramResponse; o: SelfServiceOverview }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [language, setLanguage] = useState<string | null>(null);
  const [hideFull, setHideFull] = useState(false);
  const filters: MentorFilters = { q: q.trim(), language, hideFull };
  const choice = useMentorChoice(p.id, filters, true);
  const [asking, setAsking] = useState<CandidateMentor | null>(null);
  const pages = choice.data?.pages ?? [];
  const c = pages[0];
  // A mentor whose score moved between two pages could come twice; shown once.
  const mentors = [...new Map(pages.flatMap((pg) => pg.items).map((m) => [m.memberId, m])).values()];
  const total = c?.total ?? 0;
  const filtering = filters.q !== '' || language !== null || hideFull;
  const settling = search.trim() !== q.trim() || (choice.isFetching && !choice.isFetchingNextPage);
  const clear = () => { setSearch(''); setLanguage(null); setHideFull(false); };
  const atLimit = c ? c.openRequests >= c.maxOpenRequests : false;
  const isOpen = (r: SelfServiceOverview['sent'][number]) => r.status === 'pending' || r.status === 'accepted_by_mentor';
  const waiting = o.sent.filter(isOpen);
  const earlier = o.sent.filter((r) => !isOpen(r));
  const remaining = Math.max(0, total - mentors.length);
  const grid = useRef<HTMLDivElement>(null);
  // The button is busy (disabled) while the page loads, which drops keyboard focus; it goes to the first new card once it is on screen.
  const [focusCard, setFocusCard] = useState<number | null>(null);
  useEffect(() => {
    if (focusCard === null || mentors.length <= focusCard) return;
    grid.current?.querySelectorAll<HTMLElement>('article')[focusCard]?.focus();
    setFocusCard(null);
  }, [focusCard, mentors.length]);
  const showMore = () => {
    setFocusCard(mentors.length);
    void choice.fetchNextPage();
  };
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
      {choice.error && !choice.isFetchNextPageError && <Alert color="red" role="alert" title="Mentors could not be loaded">{choice.error.message}</Alert>}
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
          <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Find a mentor">
            <TextInput
              label="Search"
              description="Name, skill, industry, role, language or availability"
              placeholder="e.g. negotiation"
              type="search"
              leftSection={<IconSearch size={14} />}
              rightSection={settling ? <Loader size={14} aria-label="Updating the list" /> : null}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              style={{ flex: '1 1 220px' }}
            />
            <Select label="Language" placeholder="Any" data={c.languages} value={language} onChange={setLanguage} clearable style={{ flex: '0 1 160px' }} />
            <Checkbox label="Hide full mentors" checked={hideFull} onChange={(e) => setHideFull(e.currentTarget.checked)} mb={8} />
          </Group>
          <Text size="sm" c="dimmed" aria-live="polite">
            {total > 0 && `${summary(total, mentors.length, filtering)} · `}{c.openRequests} of {c.maxOpenRequests} requests waiting
          </Text>
          {total === 0 && (
            <Alert color="gray" variant="light" title="No mentor matches">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  Nobody {filters.q ? <>matches “{filters.q}”</> : 'matches these filters'}
                  {language ? <> speaking {language}</> : null}
                  {hideFull ? ' with a place left' : ''}. Try another word, or clear the search to see every mentor you can ask.
                </Text>
                <Button variant="default" size="xs" onClick={clear}>Clear search and filters</Button>
              </Stack>
            </Alert>
          )}
          {/* Two columns on a wide screen: a single column of 960 px cards left most of each one empty. */}
          <SimpleGrid ref={grid} cols={{ base: 1, lg: 2 }} spacing="md" style={{ opacity: settling ? 0.6 : 1 }} aria-busy={settling}>
            {mentors.map((m) => <MentorCard key={m.memberId} m={m} atLimit={atLimit} onAsk={() => setAsking(m)} />)}
          </SimpleGrid>
          {choice.isFetchNextPageError && <Alert color="red" role="alert" title="More mentors could not be loaded">{choice.error?.message ?? 'Try again.'}</Alert>}
          {choice.hasNextPage && (
            <Group gap="sm">
              <Button variant="default" onClick={showMore} loading={choice.isFetchingNextPage} disabled={settling}>
                Show {Math.min(MENTOR_PAGE, remaining)} more
              </Button>
              <Text size="sm" c="dimmed">{mentors.length} of {total} shown</Text>
            </Group>
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

function summary(total: number, shown: number, filtering: boolean) {
  const noun = total === 1 ? 'mentor' : 'mentors';
  const what = filtering ? `${total} ${noun} ${total === 1 ? 'matches' : 'match'}` : `${total} ${noun}`;
  return shown < total ? `${what}, showing ${shown}` : what;
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
    <Card withBorder radius="md" padding="md" component="article" aria-label={m.name} tabIndex={-1}>
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
