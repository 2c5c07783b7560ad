import { Badge, Box, Button, Center, Group, Loader, NativeSelect, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import type { InterviewSummary, StageCounts } from '../../../domain/interviews/api';
import { PIPELINE_STAGES, type Stage } from '../../../domain/interviews/stages';
import { useStageColumn } from '../../api/interviews';
import { InterviewCard } from './InterviewCard';
import { MoveDialog } from './MoveDialog';
import { STAGE_COLORS, STAGE_HINTS, STAGE_LABELS } from './labels';
import { useStageMove } from './use-stage-move';

type ColumnSpec = { key: Stage | 'ended'; stages: Stage[] | null; title: string; hint: string; color: string };

const COLUMNS: ColumnSpec[] = [
  ...PIPELINE_STAGES.map((s) => ({ key: s, stages: [s], title: STAGE_LABELS[s], hint: STAGE_HINTS[s], color: STAGE_COLORS[s] })),
  { key: 'ended', stages: ['declined', 'closed'], title: 'Declined or closed', hint: 'They said no, or you closed it. Reopen any time.', color: 'gray' },
];
const ALL: ColumnSpec = { key: 'prospect', stages: null, title: 'All interviews', hint: 'Everything in flight, newest first. Pick a stage to narrow it down.', color: 'gray' };

const countOf = (spec: ColumnSpec, counts: StageCounts) => (spec.stages ? spec.stages.reduce((n, s) => n + (counts.byStage[s] ?? 0), 0) : counts.total);

type Mover = ReturnType<typeof useStageMove>;

/** One column's cards, loaded a page at a time; focus follows a card moved into it. */
function ColumnList({ spec, total, showStage, mover, focusId }: { spec: ColumnSpec; total: number; showStage: boolean; mover: Mover; focusId: string | null }) {
  const column = useStageColumn(spec.stages);
  const pages = column.data?.pages;
  const items: InterviewSummary[] = useMemo(() => pages?.flatMap((p) => p.items) ?? [], [pages]);

  useEffect(() => {
    if (!focusId || !items.some((i) => i.id === focusId)) return;
    const el = document.querySelector<HTMLElement>(`[data-interview-card="${focusId}"]`);
    if (el && el !== document.activeElement) {
      el.focus();
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }, [focusId, items]);

  if (column.isPending) return <Center py="xs"><Loader size="sm" aria-label={`Loading ${spec.title}`} /></Center>;
  if (column.error) return <Text size="xs" c="red" role="alert">{column.error.message}</Text>;
  if (items.length === 0) return <Text size="xs" c="dimmed" py="xs">{spec.hint}</Text>;
  const more = Math.max(total - items.length, 0);
  return (
    <Stack gap="xs">
      <Stack component="ul" gap="xs" p={0} m={0} aria-label={spec.title}>
        {items.map((iv) => (
          <InterviewCard key={iv.id} iv={iv} onMove={mover.request} busy={mover.pendingId === iv.id} showStage={showStage} />
        ))}
      </Stack>
      {column.hasNextPage && (
        <Button size="xs" variant="subtle" fullWidth loading={column.isFetchingNextPage} onClick={() => void column.fetchNextPage()} aria-label={`Show more in ${spec.title}`}>
          Show more{more ? ` (${more})` : ''}
        </Button>
      )}
    </Stack>
  );
}

/**
 * The pipeline: one column per stage on a wide screen (scrolls sideways), one stage at a time
 * on a phone. Each column loads its own stage a page at a time ("show more"), so a long pipeline
 * is never cut off. Cards move with their buttons or the arrow keys; focus follows the moved card.
 */
export function PipelineBoard({ counts }: { counts: StageCounts }) {
  const phone = useMediaQuery('(max-width: 48em)');
  const [focusId, setFocusId] = useState<string | null>(null);
  const mover = useStageMove(setFocusId);
  const [phoneStage, setPhoneStage] = useState<string>('all');

  const dialog = <MoveDialog interview={mover.dialog?.interview ?? null} to={mover.dialog?.to ?? null} onClose={mover.closeDialog} onMoved={() => setFocusId(mover.dialog?.interview.id ?? null)} />;

  if (phone) {
    const current = phoneStage === 'all' ? ALL : (COLUMNS.find((c) => c.key === phoneStage) ?? ALL);
    return (
      <Stack gap="sm">
        <NativeSelect
          label="Stage"
          value={phoneStage}
          onChange={(e) => setPhoneStage(e.currentTarget.value)}
          data={[{ value: 'all', label: `All stages (${counts.total})` }, ...COLUMNS.map((c) => ({ value: c.key, label: `${c.title} (${countOf(c, counts)})` }))]}
        />
        <Text size="sm" c="dimmed">{current.hint}</Text>
        <ColumnList key={current.key + String(current.stages)} spec={current} total={countOf(current, counts)} showStage={current.stages === null || current.key === 'ended'} mover={mover} focusId={focusId} />
        {dialog}
      </Stack>
    );
  }

  return (
    <>
      <Group gap={6} mb="xs" aria-label="Jump to a stage">
        {COLUMNS.map((col) => {
          const n = countOf(col, counts);
          return (
            <Button
              key={col.key}
              size="compact-xs"
              variant={n ? 'light' : 'subtle'}
              color={n ? col.color : 'gray'}
              onClick={() => document.getElementById(`stage-${col.key}`)?.scrollIntoView({ behavior: 'smooth', inline: 'start', block: 'nearest' })}
            >
              {col.title} · {n}
            </Button>
          );
        })}
      </Group>
      <ScrollArea type="auto" offsetScrollbars scrollbarSize={10}>
        <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm" role="list" aria-label="Pipeline">
          {COLUMNS.map((col) => {
            const n = countOf(col, counts);
            return (
              <Paper key={col.key} id={`stage-${col.key}`} role="listitem" aria-label={`${col.title}: ${n}`} bg="var(--mantine-color-gray-0)" radius="md" p="xs" w={232} style={{ flexShrink: 0 }}>
                <Group justify="space-between" gap={4} mb={4} wrap="nowrap">
                  <Title order={2} size="sm">{col.title}</Title>
                  <Badge size="sm" variant="light" color={col.color} circle={n < 10}>{n}</Badge>
                </Group>
                <Box mih={40}>
                  <ColumnList spec={col} total={n} showStage={col.key === 'ended'} mover={mover} focusId={focusId} />
                </Box>
              </Paper>
            );
          })}
        </Group>
      </ScrollArea>
      <Text size="xs" c="dimmed">Tip: focus a card (Tab) and press → to take the next step, ← to step back, Enter to open it.</Text>
      {dialog}
    </>
  );
}
