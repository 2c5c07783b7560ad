import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHeartHandshake, IconMoodEmpty, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { MentorshipResponse } from '../../../domain/mentoring/api';
import type { ShadowResponse } from '../../../domain/mentoring/shadow-api';
import { ApiError, errorMessage } from '../../api/client';
import { useAskShadow, useCloseMentorship, useMentorshipHealth, usePayItForward, useRecordShadowAnswer, useReflection, useShadowMove, useShadows, useStartMentorProfile } from '../../api/mentorship-depth';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { ShadowCard, ShadowAnswerModal } from './ShadowParts';

/** "Quiet for N weeks" on a mentor's card. */
export function QuietBadge({ mentorshipId }: { mentorshipId: string }) {
  const h = useMentorshipHealth().data?.items.find((x) => x.mentorshipId === mentorshipId);
  if (!h?.quiet) return null;
  return <Badge color="yellow" variant="light" leftSection={<IconMoodEmpty size={12} />}>Quiet for {h.quietWeeks} week{h.quietWeeks === 1 ? '' : 's'}</Badge>;
}

export function QuietAlert({ m }: { m: MentorshipResponse }) {
  const h = useMentorshipHealth().data?.items.find((x) => x.mentorshipId === m.id);
  if (!h?.quiet) return null;
  const name = m.contact?.displayName ?? 'your mentor';
  return (
    <Alert color="yellow" icon={<IconMoodEmpty size={18} />} title={`Quiet for ${h.quietWeeks} week${h.quietWeeks === 1 ? '' : 's'}`}>
      <Text size="sm">
        Nothing has happened with {name} since {h.lastActivityOn}. You drive this relationship: a short progress update keeps it alive. The nudge is on <Anchor component={Link} to="/" inherit>Today</Anchor> with the progress-update template.
      </Text>
    </Alert>
  );
}

/** Shadow-a-day requests to this mentor: ask, and (for an external mentor) record their answer. */
export function ShadowPanel({ m }: { m: MentorshipResponse }) {
  const list = useShadows(m.id);
  const move = useShadowMove();
  const [asking, setAsking] = useState(false);
  const [answering, setAnswering] = useState<ShadowResponse | null>(null);
  const [confirm, setConfirm] = useState<{ r: ShadowResponse; move: 'withdraw' | 'cancel' } | null>(null);
  const name = m.contact?.displayName ?? 'your mentor';
  const items = list.data?.items ?? [];
  const open = m.status === 'active';
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">Shadow a day</Title>
          {open && <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAsking(true)}>Ask to shadow {name.split(' ')[0]}</Button>}
        </Group>
        {items.length === 0 && (
          <Text size="sm" c="dimmed">
            Seeing a day of client calls and meetings up close is the best way to see what is ahead. {name} will need their clients’ and colleagues’ approval first, so propose a few days.
          </Text>
        )}
        {items.map((r) => (
          <ShadowCard key={r.id} r={r} otherName={name} side="mentee">
            {m.status !== 'closed' && r.status === 'requested' && !r.answeredOnTrellis && <Button size="xs" variant="light" onClick={() => setAnswering(r)}>Record {name.split(' ')[0]}’s answer</Button>}
            {m.status !== 'closed' && r.status === 'requested' && <Button size="xs" variant="subtle" color="gray" onClick={() => setConfirm({ r, move: 'withdraw' })}>Withdraw</Button>}
            {m.status !== 'closed' && r.status === 'accepted' && <Button size="xs" variant="subtle" color="red" onClick={() => setConfirm({ r, move: 'cancel' })}>Cancel the day</Button>}
          </ShadowCard>
        ))}
      </Stack>
      <AskShadowModal opened={asking} onClose={() => setAsking(false)} m={m} />
      <RecordAnswer r={answering} name={name} onClose={() => setAnswering(null)} />
      <ConfirmModal
        opened={confirm !== null}
        title={confirm?.move === 'cancel' ? 'Cancel the shadow day?' : 'Withdraw the request?'}
        message={confirm?.move === 'cancel' ? `Tell ${name} yourself too: they arranged it with their clients and colleagues. The steps leave Today.` : `${name} will no longer see it as waiting for an answer.`}
        confirm={confirm?.move === 'cancel' ? 'Cancel the day' : 'Withdraw'}
        busy={move.isPending}
        onConfirm={() => confirm && move.mutate({ id: confirm.r.id, move: confirm.move }, { onSuccess: () => setConfirm(null), onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) })}
        onClose={() => setConfirm(null)}
      />
    </Paper>
  );
}

function RecordAnswer({ r, name, onClose }: { r: ShadowResponse | null; name: string; onClose: () => void }) {
  const answer = useRecordShadowAnswer();
  return (
    <ShadowAnswerModal
      r={r}
      title={`What did ${name} answer?`}
      approvalLabel={`${name} confirmed their clients and colleagues approved`}
      busy={answer.isPending}
      onClose={onClose}
      onSubmit={(body, fail) => r && answer.mutate({ id: r.id, body }, { onSuccess: onClose, onError: fail })}
    />
  );
}

function AskShadowModal({ opened, onClose, m }: { opened: boolean; onClose: () => void; m: MentorshipResponse }) {
  const ask = useAskShadow();
  const [dates, setDates] = useState(['', '', '']);
  const [hopes, setHopes] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => { if (opened) { setDates(['', '', '']); setHopes(''); setNote(''); setErrors({}); } }, [opened]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const chosen = dates.filter(Boolean);
    ask.mutate(
      { mentorshipId: m.id, body: { proposedDates: chosen, hopes, note: note || null } },
      {
        onSuccess: () => { onClose(); notifications.show({ message: m.mentorOnTrellis ? 'Asked: they answer on Trellis' : 'Saved: record their answer when you hear back' }); },
        onError: (err) => {
          if (!(err instanceof ApiError)) return setErrors({ form: errorMessage(err) });
          const f = err.fieldErrors();
          const dateError = Object.entries(f).find(([k]) => k.startsWith('proposedDates'))?.[1];
          setErrors({ ...f, dates: dateError ?? '' });
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Ask ${m.contact?.displayName ?? 'your mentor'} to shadow a day`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">Propose up to three days. They need their clients’ and colleagues’ approval, so give them time.</Text>
          <Group grow>
            {dates.map((d, i) => (
              <TextInput key={i} type="date" aria-label={`Proposed day ${i + 1}`} value={d} onChange={(e) => { const v = e.currentTarget.value; setDates(dates.map((x, j) => (j === i ? v : x))); }} />
            ))}
          </Group>
          {errors.dates && <Text c="red" size="sm" role="alert">{errors.dates}</Text>}
          <Textarea label="What you hope to see" required autosize minRows={2} placeholder="Client calls, the weekly planning meeting, how you prepare a pitch" value={hopes} onChange={(e) => setHopes(e.currentTarget.value)} error={errors.hopes} />
          <Textarea label="Note" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
          {errors.form && <Text c="red" size="sm" role="alert">{errors.form}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={ask.isPending}>Send request</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Ending a mentorship from either side: a reflection only its writer reads. */
export function EndMentorshipModal({ opened, onClose, id, side, otherName }: { opened: boolean; onClose: () => void; id: string; side: 'mentee' | 'mentor'; otherName: string }) {
  const close = useCloseMentorship();
  const [learned, setLearned] = useState('');
  const [worked, setWorked] = useState('');
  const [change, setChange] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => { if (opened) { setLearned(''); setWorked(''); setChange(''); setError(undefined); } }, [opened]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    close.mutate(
      { id, side, body: { learned: learned || null, worked: worked || null, wouldChange: change || null } },
      { onSuccess: () => { onClose(); notifications.show({ message: 'Mentorship ended. Thank you for the time you gave it.' }); }, onError: (err) => setError(err instanceof ApiError ? (Object.values(err.fieldErrors())[0] ?? err.message) : errorMessage(err)) },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title="End this mentorship">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">Relationships end, and that is fine. Your reflection is private: {otherName} does not see it. Tell them what it meant in your own words too. Open action items leave Today.</Text>
          <Textarea label="What I learned" autosize minRows={2} value={learned} onChange={(e) => setLearned(e.currentTarget.value)} error={error} data-autofocus />
          <Textarea label="What worked" autosize minRows={2} value={worked} onChange={(e) => setWorked(e.currentTarget.value)} />
          <Textarea label="What I would change" autosize minRows={2} value={change} onChange={(e) => setChange(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" color="red" loading={close.isPending}>End mentorship</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** After the end: your own reflection, and a one-click start of a mentor profile from what you grew in. */
export function PayItForwardPanel({ m }: { m: MentorshipResponse }) {
  const closed = m.status === 'closed';
  const reflection = useReflection(m.id, 'mentee', closed);
  const draft = usePayItForward(m.id, closed);
  const start = useStartMentorProfile();
  if (!closed) return null;
  const r = reflection.data;
  const d = draft.data;
  return (
    <Alert color="teal" icon={<IconHeartHandshake size={18} />} title="Pay it forward">
      <Stack gap="xs">
        {r?.learned && <Text size="sm">What you learned: “{r.learned}”</Text>}
        {r?.worked && <Text size="sm">What worked: “{r.worked}”</Text>}
        {r?.wouldChange && <Text size="sm">What you would change: “{r.wouldChange}”</Text>}
        {!r?.writtenAt && m.reflection && <Text size="sm">Your reflection: “{m.reflection}”</Text>}
        <Text size="sm">{m.payItForward}</Text>
        {d && d.skills.length > 0 && <Text size="sm">You could help someone with: <b>{d.skills.join(', ')}</b></Text>}
        <Group gap="xs">
          <Button
            size="xs"
            loading={start.isPending}
            onClick={() => start.mutate(m.id, { onSuccess: () => notifications.show({ message: 'Your mentor profile is started. It stays private until you list it.' }), onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) })}
          >
            {d?.hasProfile ? 'Add these skills to my mentor profile' : 'Start my mentor profile'}
          </Button>
          <Anchor component={Link} to="/mentoring?tab=profile" size="sm">Open my mentor profile</Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}
