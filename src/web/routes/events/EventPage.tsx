import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconCalendarPlus, IconCheck, IconClipboardCheck, IconClockPause, IconPencil, IconRepeat, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { EventResponse } from '../../../domain/events/api';
import { BackLink, DetailQuery } from '../../components/DetailQuery';
import { ROLE_LABELS } from '../programs/labels';
import { useProgram } from '../programs/api';
import { useEvent, useRsvp } from './api';
import { CancelDialog } from './CancelDialog';
import { attendanceWindow, overSentence } from './attendance-window';
import { EventFormModal } from './EventFormModal';
import { dateTimeLabel, KIND_COLORS, KIND_LABELS, localToEvent, myRsvpLabel, RSVP_COLORS, RSVP_LABELS, waitlistSentence, whenLabel } from './labels';
import { PeopleMetCard } from './PeopleMetCard';
import { useViewerZone } from './useViewerZone';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text size="sm" component="div">{children}</Text>
    </div>
  );
}

function RsvpCard({ e }: { e: EventResponse }) {
  const rsvp = useRsvp(e.id);
  const [listed, setListed] = useState(e.myRsvp?.listed ?? false);
  const full = e.spotsLeft === 0;
  const answer = (status: 'going' | 'not_going', forMemberId?: string) =>
    rsvp.mutate(
      { status, ...(forMemberId ? { forMemberId } : { listed }) },
      {
        onSuccess: (r) => {
          const now = forMemberId ? r.wards.find((w) => w.memberId === forMemberId)?.rsvp : r.myRsvp?.status;
          notifications.show({ color: now === 'waitlisted' ? 'yellow' : 'teal', message: now === 'going' ? 'You’re going: the invite is in your mail, or download it below.' : now === 'waitlisted' ? 'It’s full, so you’re on the waitlist. If a place opens up it is yours, and we’ll tell you.' : 'Saved: not going.' });
        },
      },
    );
  const wards = e.wards.filter((w) => w.inAudience);
  if (e.rsvpClosedReason) {
    return (
      <Card withBorder radius="md">
        <Stack gap="xs">
          <Title order={2} size="h4">Your RSVP</Title>
          {e.myRsvp && <Badge color={RSVP_COLORS[e.myRsvp.status]} variant="light">{myRsvpLabel(e.myRsvp)}</Badge>}
          <Text size="sm" c="dimmed">{e.rsvpClosedReason}</Text>
        </Stack>
      </Card>
    );
  }
  return (
    <Card withBorder radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">Your RSVP</Title>
          {e.myRsvp && <Badge color={RSVP_COLORS[e.myRsvp.status]} variant="light" size="lg">{myRsvpLabel(e.myRsvp)}</Badge>}
        </Group>
        {e.myRsvp?.waitlistPlace != null && <Text size="sm" data-testid="waitlist-place">{waitlistSentence(e.myRsvp.waitlistPlace)}</Text>}
        {e.inAudience ? (
          <>
            {e.canBeListed && (
              <Checkbox
                label="List me under “People you met” for other attendees"
                description="Off by default. Others who were there can then add you to their network."
                checked={listed}
                onChange={(ev) => setListed(ev.currentTarget.checked)}
              />
            )}
            <Group>
              <Button leftSection={<IconCheck size={16} />} onClick={() => answer('going')} loading={rsvp.isPending} variant={e.myRsvp?.status === 'going' ? 'filled' : 'light'}>
                {e.myRsvp?.status === 'going' || e.myRsvp?.status === 'waitlisted' ? 'Save my answer' : full ? 'Join the waitlist' : 'I’m going'}
              </Button>
              <Button leftSection={<IconX size={16} />} variant="default" onClick={() => answer('not_going')} disabled={rsvp.isPending}>
                {e.myRsvp?.status === 'going' ? 'Give my place back' : e.myRsvp?.status === 'waitlisted' ? 'Leave the waitlist' : 'Can’t go'}
              </Button>
            </Group>
          </>
        ) : (
          <Text size="sm" c="dimmed">{wards.length ? 'This event is for your ward, not for you.' : 'You are not in this event’s audience.'}</Text>
        )}
        {wards.map((w) => (
          <Group key={w.memberId} justify="space-between">
            <Text size="sm">For {w.name}: {w.rsvp ? <Badge color={RSVP_COLORS[w.rsvp]} variant="light">{RSVP_LABELS[w.rsvp]}</Badge> : 'no answer yet'}</Text>
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => answer('going', w.memberId)} disabled={rsvp.isPending}>Going</Button>
              <Button size="xs" variant="default" onClick={() => answer('not_going', w.memberId)} disabled={rsvp.isPending}>Not going</Button>
            </Group>
          </Group>
        ))}
        {rsvp.error && <Alert color="red" role="alert">{rsvp.error.message}</Alert>}
      </Stack>
    </Card>
  );
}

function CoordinatorActions({ e }: { e: EventResponse }) {
  const program = useProgram(e.programId);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const scheduled = e.status === 'scheduled';
  const live = scheduled && !e.timeAndPlaceLocked;
  const door = attendanceWindow(e).state;
  // After the event the same screen corrects, then only shows, who came.
  const doorLabel = door === 'correcting' ? 'Correct attendance' : door === 'closed' ? 'Attendance' : 'Check-in';
  return (
    <Group gap="xs">
      {scheduled && <Button component={Link} to={`/events/${e.id}/check-in`} leftSection={<IconClipboardCheck size={16} />} variant="light">{doorLabel}</Button>}
      {scheduled && <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)} disabled={!program.data}>Edit</Button>}
      {live && <Button variant="subtle" color="red" leftSection={<IconBan size={16} />} onClick={() => setConfirming(true)}>Cancel event</Button>}
      {program.data && <EventFormModal program={program.data} event={e} opened={editing} onClose={() => setEditing(false)} />}
      <CancelDialog e={e} opened={confirming} onClose={() => setConfirming(false)} />
    </Group>
  );
}

function EventDetail({ e }: { e: EventResponse }) {
  const zone = useViewerZone();
  const there = localToEvent(e, zone);
  const cancelled = e.status === 'cancelled';
  return (
    <Stack gap="lg" maw={900}>
      <BackLink to={`/programs/${e.programId}?tab=events`} label={e.programName} />
      <div>
        <Group justify="space-between" align="flex-start">
          <Title order={1} size="h2" td={cancelled ? 'line-through' : undefined}>{e.title}</Title>
          {e.canManage && <CoordinatorActions e={e} />}
        </Group>
        <Group gap={6} mt={4}>
          <Badge color={KIND_COLORS[e.kind]} variant="light">{KIND_LABELS[e.kind]}</Badge>
          {cancelled && <Badge color="red">Cancelled</Badge>}
          {e.checkedIn && <Badge color="teal" variant="outline">Checked in</Badge>}
        </Group>
        {e.series && (
          <Group gap={6} mt={6} wrap="nowrap" align="flex-start">
            <IconRepeat size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Text size="sm" c="dimmed">{`${e.series.label} · ${e.series.position} of ${e.series.total}`}</Text>
          </Group>
        )}
      </div>
      {cancelled && <Alert color="red" role="status" title="This event is cancelled">People who RSVPed were told by e-mail.</Alert>}
      {!cancelled && e.canManage && e.timeAndPlaceLocked && (
        <Alert color="gray" role="status" icon={<IconClockPause size={18} />} title="This event is over">{overSentence(attendanceWindow(e), zone)}</Alert>
      )}
      <Card withBorder radius="md">
        <Stack gap="md">
          {e.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{e.description}</Text>}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Fact label="When">
              {whenLabel(e, zone)}
              {there && <Text size="xs" c="dimmed">{there}</Text>}
            </Fact>
            <Fact label="Where">
              {e.location ?? (e.onlineUrl ? 'Online' : '—')}
              {e.onlineUrl && (
                <Anchor href={e.onlineUrl} target="_blank" rel="noreferrer" size="xs" display="block">
                  {e.onlineUrl}
                </Anchor>
              )}
              {e.region && <Text size="xs" c="dimmed">{e.region}</Text>}
            </Fact>
            <Fact label="Places">
              {e.capacity === null ? `${e.going} going, no limit` : `${e.going} of ${e.capacity} taken`}
              {e.waitlisted > 0 && <Text size="xs" c="dimmed">{e.waitlisted} on the waitlist</Text>}
            </Fact>
            <Fact label="Who is invited">
              {e.audienceRoles.length === 0 ? 'All members' : e.audienceRoles.map((r) => `${ROLE_LABELS[r]}s`).join(', ')}
              {e.audienceCohortId && <Text size="xs" c="dimmed">Mentees of one cohort</Text>}
            </Fact>
            {e.rsvpDeadline && <Fact label="RSVP by">{dateTimeLabel(e.rsvpDeadline, zone)}</Fact>}
          </SimpleGrid>
          <Group>
            <Button component="a" href={`/api/v1/events/${e.id}/invite.ics`} download variant="default" leftSection={<IconCalendarPlus size={16} />}>
              {cancelled ? 'Remove from calendar (.ics)' : 'Add to calendar (.ics)'}
            </Button>
          </Group>
        </Stack>
      </Card>
      {!cancelled && <RsvpCard key={`${e.myRsvp?.status}-${e.myRsvp?.listed}`} e={e} />}
      <PeopleMetCard e={e} />
    </Stack>
  );
}

export function EventPage() {
  const { id = '' } = useParams();
  const query = useEvent(id);
  return (
    <DetailQuery query={query} noun="event" back={{ to: '/events', label: 'My events' }}>
      {(e) => <EventDetail e={e} />}
    </DetailQuery>
  );
}
