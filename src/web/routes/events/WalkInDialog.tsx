import { Alert, Button, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { AttendeeRow } from '../../../domain/events/api';
import { ApiError } from '../../api/client';

/**
 * "Check in … as a walk-in": the coordinator asks whether they may be listed under People you met.
 * When the server refuses, the refusal stays in the dialog and takes the focus (the button that
 * had it is disabled), and "Check in" stays disabled until the answer changes: pressing it again
 * with the same input would only be refused again. `closed` says the door no longer takes anyone
 * (the event was cancelled or attendance became final meanwhile); then no input helps.
 * A network failure is not a refusal: the same input may simply be tried again.
 */
export type WalkInRefusal = { message: string; listed: boolean; retry: boolean };

/** The server's words, except where they name a field: at the door "memberId" means nothing. */
export function refusalOf(err: Error, listed: boolean, name: string, programName: string): WalkInRefusal {
  const api = err instanceof ApiError ? err : null;
  const gone = api?.status === 400 && api.fieldErrors().memberId !== undefined;
  return { message: gone ? `${name} is not a member of ${programName} any more.` : err.message, listed, retry: api?.status === 0 };
}

export function WalkInDialog({ person, closed, pending, refusal, onCheckIn, onClose, focusAfter }: {
  person: AttendeeRow | null;
  closed: string | null;
  pending: boolean;
  refusal: WalkInRefusal | null;
  onCheckIn: (listed: boolean) => void;
  onClose: () => void;
  /** Where the focus goes once the dialog has closed, when the row that opened it is gone (null: back to that row). */
  focusAfter: (() => void) | null;
}) {
  return (
    <Modal opened={person !== null} onClose={onClose} returnFocus={focusAfter === null} onExitTransitionEnd={() => focusAfter?.()} title={person ? `Check in ${person.name} as a walk-in` : ''}>
      {person && <Ask key={person.memberId} person={person} closed={closed} pending={pending} refusal={refusal} onCheckIn={onCheckIn} onClose={onClose} />}
    </Modal>
  );
}

function Ask({ person, closed, pending, refusal, onCheckIn, onClose }: { person: AttendeeRow; closed: string | null; pending: boolean; refusal: WalkInRefusal | null; onCheckIn: (listed: boolean) => void; onClose: () => void }) {
  const [listed, setListed] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) alertRef.current?.focus();
  }, [refusal]);
  const sameAsRefused = refusal !== null && !refusal.retry && refusal.listed === listed;
  const blocked = closed !== null || sameAsRefused;
  const submit = () => {
    if (!pending && !blocked) onCheckIn(listed);
  };
  return (
    // Enter checks them in from the switch too (browsers submit on Enter only from text fields).
    <form
      onSubmit={(ev) => { ev.preventDefault(); submit(); }}
      onKeyDown={(ev) => { if (ev.key === 'Enter' && !(ev.target instanceof HTMLButtonElement)) { ev.preventDefault(); ev.currentTarget.requestSubmit(); } }}
    >
      <Stack>
        <Text size="sm">{person.name} did not RSVP going. Ask them first:</Text>
        <Switch
          label="They agree to be listed under “People you met”"
          description="Other attendees can then add them to their network. Off unless they say yes; they can change it later on the event page."
          checked={listed}
          disabled={closed !== null}
          onChange={(ev) => setListed(ev.currentTarget.checked)}
        />
        {refusal && (
          <Alert ref={alertRef} tabIndex={-1} color="red" role="alert" title={`${person.name} is not checked in`}>
            <Text size="sm">{refusal.message}</Text>
            <Text size="xs" mt={4}>
              {closed ? (closed === refusal.message ? 'No answer changes that; go back to the list.' : closed) : refusal.retry ? 'Check the connection, then try again.' : sameAsRefused ? 'Trying again with the same answer would be refused again.' : 'The answer changed since; you can try again.'}
            </Text>
          </Alert>
        )}
        {!refusal && closed && <Alert color="gray" role="status">{closed}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Back</Button>
          <Button type="submit" loading={pending} disabled={blocked} data-autofocus>{refusal?.retry ? 'Try again' : 'Check in'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
