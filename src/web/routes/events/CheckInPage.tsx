import { Alert, Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { IconCircleCheckFilled, IconCircle, IconSearch } from '@tabler/icons-react';
import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { AttendeeRow, EventResponse } from '../../../domain/events/api';
import { BackLink, DetailQuery } from '../../components/DetailQuery';
import { Loading } from '../../components/Loading';
import { ROLE_LABELS } from '../programs/labels';
import { ApiError } from '../../api/client';
import { eventKeys, useAttendance, useCheckIn, useEvent, useUndoCheckIn } from './api';
import { refusalOf, WalkInDialog, type WalkInRefusal } from './WalkInDialog';
import { attendanceWindow, shortDateTime } from './attendance-window';
import { RSVP_COLORS, RSVP_LABELS, whenLabel } from './labels';
import { useViewerZone } from './useViewerZone';

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Card withBorder radius="md" padding="xs">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fw={700} size="xl">{value}</Text>
    </Card>
  );
}

function PersonRow({ p, busy, readOnly, onToggle }: { p: AttendeeRow; busy: boolean; readOnly: boolean; onToggle: () => void }) {
  const Icon = p.checkedIn ? IconCircleCheckFilled : IconCircle;
  return (
    <UnstyledButton
      // While a tick is on its way the row only looks busy: a disabled button would drop the keyboard focus to the page.
      onClick={() => { if (!busy) onToggle(); }}
      disabled={readOnly}
      aria-disabled={busy || undefined}
      role="checkbox"
      aria-checked={p.checkedIn}
      aria-label={`${p.name}${p.checkedIn ? ', checked in' : ''}`}
      style={{ display: 'block', width: '100%', padding: '12px', borderRadius: 8, border: '1px solid var(--mantine-color-gray-3)', background: p.checkedIn ? 'var(--mantine-color-teal-0)' : undefined, ...(readOnly ? { cursor: 'default', opacity: 0.7 } : {}) }}
    >
      <Group wrap="nowrap" gap="sm">
        <Icon size={30} color={p.checkedIn ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-gray-5)'} style={{ flexShrink: 0 }} />
        <div style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>{p.name}</Text>
          <Group gap={4}>
            <Text size="xs" c="dimmed">{p.roles.map((r) => ROLE_LABELS[r]).join(', ')}</Text>
            {p.isMinor && <Badge size="xs" color="orange" variant="outline">Minor</Badge>}
          </Group>
        </div>
        {p.walkIn && p.checkedIn ? (
          <Badge color="blue" variant="light">{p.listed ? 'Walk-in · listed' : 'Walk-in'}</Badge>
        ) : p.rsvp ? (
          <Badge color={RSVP_COLORS[p.rsvp]} variant="light">{RSVP_LABELS[p.rsvp]}</Badge>
        ) : (
          <Text size="xs" c="dimmed">No RSVP</Text>
        )}
      </Group>
    </UnstyledButton>
  );
}

function Door({ e }: { e: EventResponse }) {
  const zone = useViewerZone();
  const [search, setSearch] = useState('');
  const [show, setShow] = useState<'expected' | 'everyone'>('expected');
  const [needle] = useDebouncedValue(search.trim(), 250);
  const att = useAttendance(e.id, needle, show);
  const checkIn = useCheckIn(e.id);
  const undo = useUndoCheckIn(e.id);
  const qc = useQueryClient();
  const searchRef = useRef<HTMLInputElement>(null);
  // A walk-in is asked at the door whether they may be listed under "People you met".
  const [walkIn, setWalkIn] = useState<AttendeeRow | null>(null);
  const [refusal, setRefusal] = useState<WalkInRefusal | null>(null);
  const [focusSearchAfterDialog, setFocusSearchAfterDialog] = useState(false);
  // Searching asks the server across every member, so a walk-in is found by name.
  const people = att.data?.pages.flatMap((p) => p.items) ?? [];
  const summary = att.data?.pages[0]?.summary;
  const door = attendanceWindow(e);
  const cancelled = e.status === 'cancelled';
  const readOnly = cancelled || door.state === 'not_yet' || door.state === 'closed';
  const over = door.state === 'correcting' || door.state === 'closed';
  // Why the door takes nobody now, in the words the server would use.
  const closedReason = cancelled ? 'This event was cancelled; nobody can be checked in.' : door.state === 'closed' ? 'Attendance is final; it can no longer be corrected.' : door.state === 'not_yet' ? 'Check-in has not opened yet.' : null;

  const toggle = (p: AttendeeRow) => {
    if (readOnly) return;
    if (p.checkedIn) {
      undo.mutate(p.memberId, {
        onSuccess: () => notifications.show({ color: 'gray', message: `${p.name} is no longer checked in.` }),
        onError: (err) => notifications.show({ color: 'red', title: `${p.name} is still checked in`, message: err.message }),
      });
      return;
    }
    if (p.rsvp !== 'going' && !p.isMinor) {
      setRefusal(null);
      setFocusSearchAfterDialog(false);
      setWalkIn(p);
      return;
    }
    tick(p);
  };

  const tick = (p: AttendeeRow, listed?: boolean) => {
    checkIn.mutate({ memberId: p.memberId, listed }, {
      onSuccess: () => {
        const id = `checkin-${p.memberId}`;
        notifications.show({
          id,
          color: 'teal',
          message: (
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{p.name} checked in{p.rsvp === 'going' ? '' : ' (walk-in)'}.</Text>
              <Button size="compact-xs" variant="subtle" onClick={() => { notifications.hide(id); undo.mutate(p.memberId, { onError: (err) => notifications.show({ color: 'red', title: `${p.name} is still checked in`, message: err.message }) }); }}>Undo</Button>
            </Group>
          ),
        });
        // Found by a search: the list is cleared for the next person at the door, and the search
        // field takes the focus (the row that had it is gone). From the list, the focus stays on the row.
        if (search) {
          setSearch('');
          if (listed === undefined) searchRef.current?.focus();
          else setFocusSearchAfterDialog(true);
        }
        setWalkIn(null);
      },
      onError: (err) => {
        const status = err instanceof ApiError ? err.status : 0;
        // The event changed under the door (cancelled, or the window closed): show it as it is now.
        if (status === 409 || status === 404) void qc.invalidateQueries({ queryKey: eventKeys.one(e.id) });
        // In the walk-in dialog the reason stays next to the button; on the list it is a notification.
        if (listed !== undefined) setRefusal(refusalOf(err, listed, p.name, e.programName));
        else notifications.show({ color: 'red', title: `${p.name} is not checked in`, message: err.message });
      },
    });
  };

  return (
    <Stack gap="md" maw={720}>
      <BackLink to={`/events/${e.id}`} label={e.title} />
      <div>
        <Title order={1} size="h2">{over ? 'Attendance' : 'Check-in'}</Title>
        <Text c="dimmed" size="sm">{e.title} · {whenLabel(e, zone)}</Text>
      </div>
      {cancelled && <Alert color="red" role="status" title="This event is cancelled">Nobody can be checked in. The list shows who had answered.</Alert>}
      {!cancelled && door.state === 'not_yet' && (
        <Alert color="blue" role="status" title="Check-in has not opened yet">{`It opens 24 hours before the event starts, on ${shortDateTime(door.opensAt, zone)}. Until then the list only shows who is expected.`}</Alert>
      )}
      {!cancelled && door.state === 'correcting' && (
        <Alert color="gray" role="status" title="This event is over">{`You can still tick someone who came or untick a mistake until ${shortDateTime(door.closesAt, zone)}; after that the attendance is final.`}</Alert>
      )}
      {!cancelled && door.state === 'closed' && (
        <Alert color="gray" role="status" title="Attendance is final">{`Corrections were possible until ${shortDateTime(door.closedAt, zone)}, 7 days after the event. This list shows who came.`}</Alert>
      )}
      {att.isPending && <Loading label="Loading the door list" />}
      {att.error && <Alert color="red" role="alert">{att.error.message}</Alert>}
      {summary && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
            <Stat label="RSVPed" value={summary.going} />
            <Stat label="Checked in" value={summary.checkedIn} />
            <Stat label={cancelled ? 'Not checked in' : over ? 'Did not come' : 'Not here yet'} value={summary.noShows} />
            <Stat label="Walk-ins" value={summary.walkIns} />
          </SimpleGrid>
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder="Search any member by name"
            aria-label="Search by name"
            ref={searchRef}
            value={search}
            onChange={(ev) => setSearch(ev.currentTarget.value)}
            size="md"
            autoFocus
          />
          {!search && (
            <SegmentedControl
              value={show}
              onChange={(v) => setShow(v as 'expected' | 'everyone')}
              data={[
                { value: 'expected', label: 'RSVPed' },
                { value: 'everyone', label: 'All members' },
              ]}
              aria-label="Who to list"
            />
          )}
          <Stack gap="xs">
            {people.length === 0 && !att.isPlaceholderData && (
              <Text c="dimmed" size="sm">{needle ? `No member of the program is called “${needle}”.` : show === 'everyone' ? 'This program has no members yet.' : cancelled ? 'Nobody had RSVPed going.' : door.state === 'not_yet' ? 'Nobody has RSVPed going yet.' : readOnly ? 'Nobody RSVPed going.' : over ? 'Nobody RSVPed going. Search a name or list all members to tick who came.' : 'Nobody has RSVPed yet. Search a name or list all members to check in walk-ins.'}</Text>
            )}
            {people.map((p) => <PersonRow key={p.memberId} p={p} busy={checkIn.isPending || undo.isPending} readOnly={readOnly} onToggle={() => toggle(p)} />)}
            {att.hasNextPage && (
              <Button variant="default" onClick={() => void att.fetchNextPage()} loading={att.isFetchingNextPage}>Show more</Button>
            )}
          </Stack>
        </>
      )}
      <WalkInDialog person={walkIn} closed={closedReason} pending={checkIn.isPending} refusal={refusal} onCheckIn={(listed) => walkIn && tick(walkIn, listed)} onClose={() => setWalkIn(null)}
        // Reset only when the dialog opens again: flipping it now would make the modal return the focus after all.
        focusAfter={focusSearchAfterDialog ? () => searchRef.current?.focus() : null}
      />
    </Stack>
  );
}

export function CheckInPage() {
  const { id = '' } = useParams();
  const query = useEvent(id);
  return (
    <DetailQuery query={query} noun="event" back={{ to: '/events', label: 'My events' }}>
      {(e) => (e.canManage ? <Door e={e} /> : <Alert color="gray" role="alert" title="Only coordinators check people in">Ask a coordinator of {e.programName}.</Alert>)}
    </DetailQuery>
  );
}
