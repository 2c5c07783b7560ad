import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { EventResponse } from '../../../domain/events/api';
import type { CancelPreview } from '../../../domain/events/reach';
import { Loading } from '../../components/Loading';
import { useCancelEvent, useCancelPreview } from './api';
import { useViewerZone } from './useViewerZone';

/**
 * The confirmation before a cancel. Its numbers are the server's (GET /events/:id/cancel-preview,
 * the same selection the cancel makes): how many occurrences go, and how many people going or on
 * the waitlist are e-mailed. Nothing can be confirmed before those numbers are in.
 */
const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

function toldSentence(p: CancelPreview): string {
  if (p.people === 0) return 'Nobody is going or on the waitlist, so nobody is e-mailed.';
  return `${people(p.people)} going or on the waitlist ${p.people === 1 ? 'gets' : 'get'} an e-mail, and ${p.occurrences === 1 ? 'the event leaves' : 'the events leave'} their calendars.`;
}

const day = (iso: string, zone: string) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: zone }).format(new Date(iso));

function seriesSentence(p: CancelPreview, zone: string): string {
  return `${p.occurrences} occurrences, ${day(p.firstStartsAt, zone)} to ${day(p.lastStartsAt, zone)}. ${toldSentence(p)}`;
}

function Choices({ e, onClose }: { e: EventResponse; onClose: () => void }) {
  const zone = useViewerZone();
  const cancel = useCancelEvent(e.id);
  const one = useCancelPreview(e.id, 'this', true);
  const rest = useCancelPreview(e.id, 'series', e.series !== null);
  const loading = one.isPending || (e.series !== null && rest.isPending);
  const failed = one.error ?? rest.error;
  const go = (scope: 'this' | 'series', p: CancelPreview) =>
    cancel.mutate(scope, {
      onSuccess: () => {
        onClose();
        const what = p.occurrences === 1 ? 'Event cancelled' : `${p.occurrences} events of the series cancelled`;
        notifications.show({ color: 'gray', message: p.people === 0 ? `${what}; nobody had RSVPed.` : `${what}; ${people(p.people)} ${p.people === 1 ? 'is' : 'are'} being told.` });
      },
    });

  if (loading && !failed) return <Loading label="Counting who would be told" />;
  const intro = `${e.title} will be marked cancelled and nobody can RSVP any more. This cannot be undone.`;
  if (failed || !one.data) {
    return (
      <Stack>
        <Alert color="red" role="alert" title="Cannot cancel">{failed?.message ?? 'The event could not be loaded.'}</Alert>
        <Group justify="flex-end"><Button variant="default" onClick={onClose} data-autofocus>Close</Button></Group>
      </Stack>
    );
  }
  const first = one.data;
  const later = rest.data && rest.data.occurrences > 1 ? rest.data : null;
  return (
    <Stack>
      <Text size="sm">{intro}</Text>
      {cancel.error && <Alert color="red" role="alert" title="Not cancelled">{cancel.error.message}</Alert>}
      {later ? (
        // Two ways to cancel and one to back out: stacked and spelled out, so none is picked by its colour alone.
        <Stack gap="md">
          {e.series && <Text size="sm" c="dimmed">{`It is ${e.series.position} of ${e.series.total} in “${e.series.label}”. Earlier occurrences stay.`}</Text>}
          <Stack gap={4}>
            <Text size="sm" id="cancel-one">{`Only this one (${day(first.firstStartsAt, zone)}): ${toldSentence(first)}`}</Text>
            <Button color="red" aria-describedby="cancel-one" loading={cancel.isPending && cancel.variables === 'this'} disabled={cancel.isPending} onClick={() => go('this', first)}>Cancel this one only</Button>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" id="cancel-later">{`This and later: ${seriesSentence(later, zone)}`}</Text>
            <Button color="red" variant="light" aria-describedby="cancel-later" loading={cancel.isPending && cancel.variables === 'series'} disabled={cancel.isPending} onClick={() => go('series', later)}>Cancel this and later</Button>
          </Stack>
          <Button variant="default" onClick={onClose} data-autofocus>Keep them</Button>
        </Stack>
      ) : (
        <>
          <Text size="sm" fw={500}>{toldSentence(first)}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>Keep it</Button>
            <Button color="red" loading={cancel.isPending} onClick={() => go('this', first)}>{e.series ? 'Cancel this one' : 'Cancel event'}</Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

export function CancelDialog({ e, opened, onClose }: { e: EventResponse; opened: boolean; onClose: () => void }) {
  // The choices mount only while the dialog is open, so the numbers are fetched afresh each time.
  return (
    <Modal opened={opened} onClose={onClose} title={e.series ? 'Cancel in this series?' : 'Cancel this event?'}>
      {opened && <Choices e={e} onClose={onClose} />}
    </Modal>
  );
}
