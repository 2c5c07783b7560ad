import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { DateTime } from 'luxon';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CreateEventBody, EditScope, EventResponse } from '../../../domain/events/api';
import { EVENT_KINDS } from '../../../domain/events/rules';
import type { ProgramResponse } from '../../../domain/programs/api';
import { ApiError } from '../../api/client';
import { TimeZoneSelect } from '../../components/TimeZoneSelect';
import { ROLE_LABELS } from '../programs/labels';
import { useCreateEvent, useEditReach, useUpdateEvent } from './api';
import { attendanceWindow, overSentence } from './attendance-window';
import { KIND_LABELS } from './labels';
import { NO_REPEAT, repeatBodyOf, RepeatFieldsInput, type RepeatFields } from './RepeatFields';
import { useViewerZone } from './useViewerZone';

const LOCAL = "yyyy-LL-dd'T'HH:mm";
const toLocal = (iso: string | null, zone: string) => (iso ? DateTime.fromISO(iso).setZone(zone).toFormat(LOCAL) : '');
/** A wall-clock time in the event's zone, as an ISO instant with offset; '' stays empty. */
const toInstant = (local: string, zone: string) => (local ? (DateTime.fromISO(local, { zone }).toISO() ?? local) : null);

type Fields = { title: string; kind: string; description: string; start: string; end: string; timeZone: string; location: string; onlineUrl: string; region: string; capacity: number | string; deadline: string; roles: string[]; cohortId: string | null };

function initial(e: EventResponse | null, zone: string): Fields {
  if (!e) {
    const start = DateTime.now().setZone(zone).plus({ weeks: 2 }).set({ hour: 18, minute: 0 });
    return { title: '', kind: 'mixer', description: '', start: start.toFormat(LOCAL), end: start.plus({ hours: 2 }).toFormat(LOCAL), timeZone: zone, location: '', onlineUrl: '', region: '', capacity: '', deadline: '', roles: [], cohortId: null };
  }
  return {
    title: e.title,
    kind: e.kind,
    description: e.description ?? '',
    start: toLocal(e.startsAt, e.timeZone),
    end: toLocal(e.endsAt, e.timeZone),
    timeZone: e.timeZone,
    location: e.location ?? '',
    onlineUrl: e.onlineUrl ?? '',
    region: e.region ?? '',
    capacity: e.capacity ?? '',
    deadline: toLocal(e.rsvpDeadline, e.timeZone),
    roles: e.audienceRoles,
    cohortId: e.audienceCohortId,
  };
}

/** Create or edit an event; times are typed in the event's own zone. */
export function EventFormModal({ program, event, opened, onClose }: { program: ProgramResponse; event: EventResponse | null; opened: boolean; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const viewerZone = useViewerZone();
  const navigate = useNavigate();
  const create = useCreateEvent(program.id);
  const update = useUpdateEvent(event?.id ?? '');
  const [f, setF] = useState<Fields>(() => initial(event, viewerZone));
  const [repeat, setRepeat] = useState<RepeatFields>(NO_REPEAT);
  const [scope, setScope] = useState<EditScope>('this');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const locked = event?.timeAndPlaceLocked ?? false;
  // How far "following" and "all" reach is the server's count (cancelled and finished occurrences are never edited).
  const reach = useEditReach(event?.id ?? '', opened && !!event?.series && !locked);
  useEffect(() => {
    if (!opened) return;
    setF(initial(event, viewerZone));
    setRepeat(NO_REPEAT);
    setScope('this');
    setErrors({});
    setFailure(null);
  }, [opened, event, viewerZone]);
  const set = <K extends keyof Fields>(k: K) => (v: Fields[K]) => setF((x) => ({ ...x, [k]: v }));
  // After a refused save, the first field in error gets the focus (and scrolls into view): on a
  // phone the title's error is otherwise a screen above the button that was pressed.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const submit = async (ev: React.FormEvent) => {
    ev.preventDefault();
    const local: Record<string, string> = {};
    if (!f.title.trim()) local.title = 'Title is required';
    if (!f.start) local.startsAt = 'When does it start?';
    if (!f.end) local.endsAt = 'When does it end?';
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length) return;
    const body: CreateEventBody = {
      title: f.title.trim(),
      kind: f.kind as CreateEventBody['kind'],
      description: f.description.trim() || null,
      startsAt: toInstant(f.start, f.timeZone)!,
      endsAt: toInstant(f.end, f.timeZone)!,
      timeZone: f.timeZone,
      location: f.location.trim() || null,
      onlineUrl: f.onlineUrl.trim() || null,
      region: f.region.trim() || null,
      capacity: f.capacity === '' ? null : Number(f.capacity),
      rsvpDeadline: toInstant(f.deadline, f.timeZone),
      audienceRoles: f.roles as CreateEventBody['audienceRoles'],
      audienceCohortId: f.cohortId,
    };
    // Once over, the locked fields are left out: the form shows them to the minute, and sending
    // them back rounded would read as a change of time (409 event_over) to the server.
    const { startsAt: _s, endsAt: _e, timeZone: _z, location: _l, onlineUrl: _o, capacity: _c, rsvpDeadline: _d, ...correctable } = body;
    try {
      const saved = event ? await update.mutateAsync({ body: locked ? correctable : body, scope }) : await create.mutateAsync({ ...body, repeat: repeatBodyOf(repeat) });
      onClose();
      if (!event) void navigate(`/events/${saved.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.problem.errors?.length) setErrors(err.fieldErrors());
      else setFailure(err instanceof Error ? err.message : 'Something went wrong.');
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={event ? 'Edit event' : 'New event'} size="lg" fullScreen={fullScreen}>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {event && locked && (
            // First, so the greyed-out fields below are explained before they are met.
            <Alert color="gray" role="note" title="This event is over">
              {`${overSentence(attendanceWindow(event), viewerZone)} Changing when or where it was would e-mail an update to everyone who went, so those fields are locked.`}
            </Alert>
          )}
          {event?.series && !locked && (
            // Asked first, so the coordinator knows how far an edit reaches before typing it.
            <Radio.Group
              label="Change which events?"
              description={`This is ${event.series.position} of ${event.series.total} in “${event.series.label}”. Events that already happened never change.`}
              value={scope}
              onChange={(v) => setScope(v as EditScope)}
            >
              <Stack gap={6} mt={6}>
                <Radio value="this" label="This event only" />
                <Radio value="following" label="This and the following events of the series" description={!reach.data ? (reach.error ? 'This one and the later upcoming ones' : 'Counting…') : reach.data.following === 0 ? 'No later one is still scheduled, so only this event' : `This one and the ${reach.data.following} after it`} />
                <Radio value="all" label="All upcoming events of the series" description={!reach.data ? 'Earlier ones too, as long as they are still ahead' : `This one and ${reach.data.all} other upcoming ${reach.data.all === 1 ? 'one' : 'ones'}, earlier ones too, as long as they are still ahead`} />
              </Stack>
            </Radio.Group>
          )}
          <TextInput label="Title" required placeholder="e.g. Spring networking mixer" value={f.title} onChange={(e) => set('title')(e.currentTarget.value)} error={errors.title} data-autofocus />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select label="Kind" required allowDeselect={false} value={f.kind} onChange={(v) => set('kind')(v ?? 'mixer')} data={EVENT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} error={errors.kind} />
            <TimeZoneSelect label="Event's time zone" required disabled={locked} value={f.timeZone} onChange={(v) => set('timeZone')(v ?? viewerZone)} error={errors.timeZone} />
            <TextInput type="datetime-local" label="Starts" required disabled={locked} value={f.start} onChange={(e) => set('start')(e.currentTarget.value)} error={errors.startsAt} />
            <TextInput type="datetime-local" label="Ends" required disabled={locked} value={f.end} onChange={(e) => set('end')(e.currentTarget.value)} error={errors.endsAt} />
          </SimpleGrid>
          {!event && <RepeatFieldsInput value={repeat} onChange={setRepeat} start={f.start && f.timeZone ? DateTime.fromISO(f.start, { zone: f.timeZone }).toJSDate() : null} zone={f.timeZone} errors={errors} />}
          <Textarea label="Description" autosize minRows={2} value={f.description} onChange={(e) => set('description')(e.currentTarget.value)} error={errors.description} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label="Location" placeholder="Address or room" disabled={locked} value={f.location} onChange={(e) => set('location')(e.currentTarget.value)} error={errors.location} />
            <TextInput label="Online link" placeholder="https://…" disabled={locked} value={f.onlineUrl} onChange={(e) => set('onlineUrl')(e.currentTarget.value)} error={errors.onlineUrl} />
            <TextInput label="Region" placeholder="e.g. Chicago" value={f.region} onChange={(e) => set('region')(e.currentTarget.value)} error={errors.region} />
            <NumberInput label="Capacity" description="Empty = no limit; when full, people join a waitlist" disabled={locked} min={1} allowDecimal={false} value={f.capacity} onChange={set('capacity')} error={errors.capacity} />
            <TextInput type="datetime-local" label="RSVP deadline" description="Optional, in the event's time zone" disabled={locked} value={f.deadline} onChange={(e) => set('deadline')(e.currentTarget.value)} error={errors.rsvpDeadline} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <MultiSelect
              label="Audience"
              description="Nobody chosen = all members"
              placeholder={f.roles.length ? undefined : 'All members'}
              value={f.roles}
              onChange={set('roles')}
              data={(['mentee', 'mentor', 'guardian', 'coordinator'] as const).map((r) => ({ value: r, label: `${ROLE_LABELS[r]}s` }))}
              error={errors.audienceRoles}
            />
            <Select
              label="Mentees of cohort"
              description="Optional: only this cohort's mentees"
              placeholder="Every cohort"
              clearable
              value={f.cohortId}
              onChange={set('cohortId')}
              data={program.cohorts.map((c) => ({ value: c.id, label: c.name }))}
              error={errors.audienceCohortId}
            />
          </SimpleGrid>
          {failure && <Alert color="red" role="alert">{failure}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={create.isPending || update.isPending}>{!event ? 'Create event' : scope === 'this' ? 'Save changes' : scope === 'following' ? 'Save changes to this and following' : 'Save changes to all upcoming'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
