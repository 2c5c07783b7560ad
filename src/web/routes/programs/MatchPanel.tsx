import { Alert, Badge, Button, Card, Collapse, Group, NumberInput, Select, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPin, IconPinnedOff, IconBan, IconPlayerPlay, IconSend } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { CRITERIA, DEFAULT_WEIGHTS } from '../../../domain/matching/profiles';
import type { MatchRunResponse, ProgramResponse } from '../../../domain/programs/api';
import { cohortEnded, cohortLabel, workingCohort } from '../../../domain/programs/cohorts';
import { formatOccasion } from '../../components/network/dates';
import { localToday } from '../../format';
import { ApiError } from '../../api/client';
import { Loading } from '../../components/Loading';
import { ConfirmDialog } from './ConfirmDialog';
import { useLatestRun, usePublishRun, useRunMatch } from './api';
import { CRITERION_HINTS, CRITERION_LABELS } from './labels';

type Pair = { mentee: string; mentor: string };
const same = (a: Pair, b: Pair) => a.mentee === b.mentee && a.mentor === b.mentor;
const sameSet = (a: Pair[], b: Pair[]) => a.length === b.length && a.every((x) => b.some((y) => same(x, y)));

function PairCard({ pair, pinned, onPin, onForbid }: { pair: MatchRunResponse['pairs'][number]; pinned: boolean; onPin: () => void; onForbid: () => void }) {
  const [open, setOpen] = useState(false);
  const total = Object.values(pair.breakdown).reduce((s, v) => s + v, 0);
  return (
    <Card withBorder radius="md" padding="sm" data-pair aria-label={`${pair.mentee.name} with ${pair.mentor.name}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap={6} wrap="wrap">
            <Text fw={600}>{pair.mentee.name}</Text>
            {pair.mentee.isMinor && <Badge size="xs" color="orange" variant="outline">Minor</Badge>}
            <Text c="dimmed">→</Text>
            <Text fw={600}>{pair.mentor.name}</Text>
            {pair.mentor.screened ? <Badge size="xs" color="teal" variant="light">Screened</Badge> : <Badge size="xs" color="gray" variant="outline">Not screened</Badge>}
            {pair.pinned && <Badge size="xs" color="grape" leftSection={<IconPin size={10} />}>Pinned</Badge>}
            {pair.kept && <Badge size="xs" color="gray" variant="light">Kept from last run</Badge>}
          </Group>
          <Text fw={700} aria-label={`Score ${pair.score}`}>{pair.score} pts</Text>
        </Group>
        <Group gap={4} wrap="wrap" aria-label="Score breakdown">
          {total === 0 && <Text size="xs" c="dimmed">No criterion scored: matched so that nobody is left out.</Text>}
          {Object.entries(pair.breakdown).map(([c, v]) => (
            <Tooltip key={c} label={CRITERION_HINTS[c] ?? c}>
              <Badge variant="light" color="blue" tt="none" tabIndex={0}>{CRITERION_LABELS[c] ?? c}: {v}</Badge>
            </Tooltip>
          ))}
        </Group>
        <Group gap="xs" wrap="wrap">
          <Button size="compact-xs" variant={pinned ? 'filled' : 'light'} color="grape" leftSection={pinned ? <IconPinnedOff size={12} /> : <IconPin size={12} />} onClick={onPin}>
            {pinned ? 'Unpin' : 'Pin pair'}
          </Button>
          <Button size="compact-xs" variant="light" color="red" leftSection={<IconBan size={12} />} onClick={onForbid} aria-label={`Forbid ${pair.mentee.name} with ${pair.mentor.name}`}>Forbid pair</Button>
          {pair.betterMentors.length > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
              Why not a better mentor? ({pair.betterMentors.length})
            </Button>
          )}
        </Group>
        <Collapse expanded={open}>
          <Stack gap={4} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
            {pair.betterMentors.map((b) => (
              <Stack key={b.mentor.memberId} gap={0}>
                <Text size="sm">{b.summary}</Text>
                <Text size="xs" c="dimmed">{b.reason}</Text>
              </Stack>
            ))}
          </Stack>
        </Collapse>
      </Stack>
    </Card>
  );
}

/** A pinned or forbidden pair in the run's settings, with a × that takes it out again. */
function RemovableBadge({ color, icon, removeLabel, onRemove, children }: { color: string; icon: ReactNode; removeLabel: string; onRemove: () => void; children: ReactNode }) {
  return (
    <Badge
      color={color}
      variant="light"
      tt="none"
      leftSection={icon}
      rightSection={
        <button type="button" aria-label={removeLabel} title={removeLabel} onClick={onRemove} style={{ border: 0, background: 'none', cursor: 'pointer', padding: 0, color: 'inherit' }}>
          ×
        </button>
      }
    >
      {children}
    </Badge>
  );
}

function Weights({ weights, onChange }: { weights: Record<string, number>; onChange: (w: Record<string, number>) => void }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="xs">
      {CRITERIA.map((c) => (
        <NumberInput
          key={c}
          label={CRITERION_LABELS[c]}
          description={undefined}
          min={0}
          max={10}
          allowDecimal={false}
          clampBehavior="strict"
          value={weights[c] ?? DEFAULT_WEIGHTS[c]}
          onChange={(v) => onChange({ ...weights, [c]: typeof v === 'number' ? v : 0 })}
          aria-description={CRITERION_HINTS[c]}
        />
      ))}
    </SimpleGrid>
  );
}

/** The coordinator's matching run for one cohort: weights, pins, forbidden pairs, re-run, publish. */
export function MatchPanel({ p }: { p: ProgramResponse }) {
  const [today] = useState(localToday);
  const [cohortId, setCohortId] = useState<string | null>(() => workingCohort(p.cohorts, today)?.id ?? null);
  const latest = useLatestRun(cohortId);
  const run = useRunMatch(cohortId ?? '');
  const publish = usePublishRun();
  const shown = run.data ?? latest.data?.run ?? null;
  const [weights, setWeights] = useState<Record<string, number>>({ ...DEFAULT_WEIGHTS });
  const [pinned, setPinned] = useState<Pair[]>([]);
  const [forbidden, setForbidden] = useState<Pair[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [published, setPublished] = useState<string | null>(null);

  useEffect(() => {
    if (!shown) return;
    setWeights({ ...DEFAULT_WEIGHTS, ...shown.weights });
    setPinned(shown.pinned);
    setForbidden(shown.forbidden);
  }, [shown]);
  useEffect(() => setPublished(null), [cohortId]);

  const changed = useMemo(
    () => shown !== null && (!sameSet(pinned, shown.pinned) || !sameSet(forbidden, shown.forbidden) || CRITERIA.some((c) => (weights[c] ?? 0) !== (shown.weights[c] ?? DEFAULT_WEIGHTS[c]))),
    [shown, pinned, forbidden, weights],
  );
  if (p.cohorts.length === 0) return <Alert color="blue" title="Add a cohort first">Matching runs per cohort. Add one on the Overview tab, and invite mentees into it.</Alert>;

  const go = () => run.mutate({ weights, pinned, forbidden }, { onSuccess: () => setPublished(null) });
  const togglePin = (x: Pair) => setPinned((l) => (l.some((y) => same(x, y)) ? l.filter((y) => !same(x, y)) : [...l.filter((y) => y.mentee !== x.mentee), x]));
  const forbid = (x: Pair) => {
    setPinned((l) => l.filter((y) => !same(x, y)));
    setForbidden((l) => (l.some((y) => same(x, y)) ? l : [...l, x]));
  };
  const name = (id: string) => shown?.pairs.flatMap((x) => [x.mentee, x.mentor]).find((x) => x.memberId === id)?.name ?? shown?.unmatched.find((u) => u.mentee.memberId === id)?.mentee.name ?? 'someone';
  const runError = run.error instanceof ApiError ? run.error : null;
  const cohort = p.cohorts.find((c) => c.id === cohortId);
  const cohortName = cohort?.name ?? '';

  return (
    <Stack gap="lg">
      <Card withBorder radius="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Title order={2} size="h4">Match mentees with mentors</Title>
            {p.cohorts.length > 1 && <Select label="Cohort" allowDeselect={false} data={p.cohorts.map((c) => ({ value: c.id, label: cohortLabel(c, today, formatOccasion) }))} value={cohortId} onChange={setCohortId} w={260} />}
          </Group>
          <Text size="sm" c="dimmed">
            The engine finds the assignment with the highest total score that matches as many mentees as possible, within each mentor’s capacity. Hard rules: minors only with screened mentors (and only after guardian consent), never a recorded manager, never a forbidden pair.
          </Text>
          {cohort && cohortEnded(cohort, today) && (
            <Alert color="yellow" role="status" title={`${cohort.name} ended on ${formatOccasion(cohort.endsOn)}`}>
              Its matches are history: they no longer hold mentors’ places. Publishing a run here replaces its recorded matches and opens mentorships for the new pairs, as for a running cohort.
            </Alert>
          )}
          <Text fw={500} size="sm">Criterion weights (0–10)</Text>
          <Weights weights={weights} onChange={setWeights} />
          {(pinned.length > 0 || forbidden.length > 0) && (
            <Group gap={6} wrap="wrap">
              {pinned.map((x) => (
                <RemovableBadge key={`p${x.mentee}${x.mentor}`} color="grape" icon={<IconPin size={10} />} removeLabel={`Unpin ${name(x.mentee)} with ${name(x.mentor)}`} onRemove={() => togglePin(x)}>
                  {name(x.mentee)} → {name(x.mentor)}
                </RemovableBadge>
              ))}
              {forbidden.map((x) => (
                <RemovableBadge key={`f${x.mentee}${x.mentor}`} color="red" icon={<IconBan size={10} />} removeLabel={`Allow ${name(x.mentee)} with ${name(x.mentor)} again`} onRemove={() => setForbidden((l) => l.filter((y) => !same(x, y)))}>
                  Not {name(x.mentee)} → {name(x.mentor)}
                </RemovableBadge>
              ))}
            </Group>
          )}
          {runError && <Alert color="red" role="alert" title="The match could not run">{runError.problem.errors?.map((e) => e.message).join('; ') && runError.status === 400 ? runError.problem.errors!.map((e) => `${e.path}: ${e.message}`).join('; ') : runError.message}</Alert>}
          <Group justify="flex-end" gap="sm">
            {changed && <Text size="sm" c="orange" role="status">Changes not applied yet: run again.</Text>}
            <Button leftSection={<IconPlayerPlay size={16} />} onClick={go} loading={run.isPending}>{shown ? 'Run again' : 'Run match'}</Button>
          </Group>
        </Stack>
      </Card>

      {latest.isPending && cohortId && <Loading label="Loading the last run" />}
      {latest.error && <Alert color="red" role="alert">{latest.error.message}</Alert>}
      {latest.data && !shown && <Text c="dimmed">No run yet for {cohortName}. Set the weights and press Run match.</Text>}
      {shown && (
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" role="status">
              <b>{shown.pairs.length}</b> pair{shown.pairs.length === 1 ? '' : 's'} proposed · <b>{shown.unmatched.length}</b> unmatched · total {shown.objective} pts · solved in {shown.solveMs} ms
            </Text>
            {shown.publishedAt ? (
              <Badge color="teal" size="lg">Published</Badge>
            ) : (
              <Tooltip label="Run again first: your changes are not in this proposal" disabled={!changed}>
                <Button color="teal" leftSection={<IconSend size={16} />} disabled={changed || !shown.isLatest} onClick={() => setConfirming(true)}>Publish matches</Button>
              </Tooltip>
            )}
          </Group>
          {published && <Alert color="teal" role="status">{published}</Alert>}
          {publish.error && <Alert color="red" role="alert" title="Not published">{publish.error.message}</Alert>}
          {shown.warnings.map((w) => <Alert key={w} color="yellow">{w}</Alert>)}
          {shown.pairs.length === 0 && <Text c="dimmed">No pairs: see who is unmatched and why below.</Text>}
          {shown.pairs.map((x) => {
            const ref = { mentee: x.mentee.memberId, mentor: x.mentor.memberId };
            return <PairCard key={`${ref.mentee}${ref.mentor}`} pair={x} pinned={pinned.some((y) => same(y, ref))} onPin={() => togglePin(ref)} onForbid={() => forbid(ref)} />;
          })}
          {shown.unmatched.length > 0 && (
            <Card withBorder radius="md" padding="sm">
              <Title order={3} size="h5" mb={4}>Unmatched</Title>
              <Stack gap={2}>
                {shown.unmatched.map((u) => (
                  <Group key={u.mentee.memberId} gap={6} wrap="wrap">
                    <Text size="sm" fw={500}>{u.mentee.name}</Text>
                    {u.mentee.isMinor && <Badge size="xs" color="orange" variant="outline">Minor</Badge>}
                    <Text size="sm" c="dimmed">{u.reason}</Text>
                  </Group>
                ))}
              </Stack>
            </Card>
          )}
          <Card withBorder radius="md" padding="sm">
            <Title order={3} size="h5" mb={4}>Mentor capacity</Title>
            <Group gap={6} wrap="wrap">
              {shown.mentors.length === 0 && <Text size="sm" c="dimmed">No mentor has applied yet (or every background check failed).</Text>}
              {shown.mentors.map((m) => (
                <Badge key={m.memberId} variant="light" tt="none" color={m.assigned >= m.capacity ? 'gray' : 'teal'}>{m.name}: {m.assigned + m.heldForApproval}/{m.capacity + m.heldForApproval}{m.heldForApproval > 0 ? ` · ${m.heldForApproval} held for approval` : ''}{m.screened ? '' : ' · not screened'}</Badge>
              ))}
            </Group>
          </Card>
        </Stack>
      )}
      {shown && (
        <ConfirmDialog
          opened={confirming}
          title={`Publish ${shown.pairs.length} match${shown.pairs.length === 1 ? '' : 'es'}?`}
          message={`Each mentor and mentee of ${cohortName} sees their match on the program page right away. This replaces the cohort’s earlier published matches.`}
          confirm="Publish"
          color="teal"
          busy={publish.isPending}
          onClose={() => setConfirming(false)}
          onConfirm={() =>
            publish.mutate(
              { id: shown.id, pairCount: shown.pairs.length },
              {
                onSuccess: () => {
                  setConfirming(false);
                  setPublished(`Published ${shown.pairs.length} matches. Mentors and mentees now see them.`);
                  void latest.refetch();
                  run.reset();
                },
                onError: () => setConfirming(false),
              },
            )
          }
        />
      )}
    </Stack>
  );
}
