import { Badge, Box, Button, Group, NativeSelect, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { InterviewSummary } from '../../../domain/interviews/api';
import { PIPELINE_STAGES, type Stage } from '../../../domain/interviews/stages';
import { InterviewCard } from './InterviewCard';
import { MoveDialog } from './MoveDialog';
import { STAGE_COLORS, STAGE_HINTS, STAGE_LABELS, isEnd } from './labels';
import { useStageMove } from './use-stage-move';

type Column = { key: Stage | 'ended'; title: string; hint: string; color: string; items: InterviewSummary[] };

function columnsOf(items: InterviewSummary[]): Column[] {
  const cols: Column[] = PIPELINE_STAGES.map((s) => ({ key: s, title: STAGE_LABELS[s], hint: STAGE_HINTS[s], color: STAGE_COLORS[s], items: items.filter((i) => i.stage === s) }));
  cols.push({ key: 'ended', title: 'Declined or closed', hint: 'They said no, or you closed it. Reopen any time.', color: 'gray', items: items.filter((i) => isEnd(i.stage)) });
  return cols;
}

/**
 * The pipeline: one column per stage on a wide screen (scrolls sideways), one stage at a time
 * on a phone. Cards move with their buttons or the arrow keys; focus follows the moved card.
 */
export function PipelineBoard({ items }: { items: InterviewSummary[] }) {
  const phone = useMediaQuery('(max-width: 48em)');
  const [focusId, setFocusId] = useState<string | null>(null);
  const mover = useStageMove(setFocusId);
  const columns = columnsOf(items);
  const [phoneStage, setPhoneStage] = useState<string>('all');

  useEffect(() => {
    if (!focusId) return;
    const el = document.querySelector<HTMLElement>(`[data-interview-card="${focusId}"]`);
    if (el && el !== document.activeElement) {
      el.focus();
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }, [focusId, items]);

  const dialog = <MoveDialog interview={mover.dialog?.interview ?? null} to={mover.dialog?.to ?? null} onClose={mover.closeDialog} onMoved={() => setFocusId(mover.dialog?.interview.id ?? null)} />;
  const list = (col: Column, showStage: boolean) =>
    col.items.length === 0 ? (
      <Text size="xs" c="dimmed" py="xs">{col.hint}</Text>
    ) : (
      <Stack component="ul" gap="xs" p={0} m={0} aria-label={col.title}>
        {col.items.map((iv) => (
          <InterviewCard key={iv.id} iv={iv} onMove={mover.request} busy={mover.pendingId === iv.id} showStage={showStage} />
        ))}
      </Stack>
    );

  if (phone) {
    const all: Column = { key: 'prospect', title: 'All interviews', hint: 'Everything in flight, newest first. Pick a stage to narrow it down.', color: 'gray', items };
    const current = phoneStage === 'all' ? all : (columns.find((c) => c.key === phoneStage) ?? all);
    return (
      <Stack gap="sm">
        <NativeSelect
          label="Stage"
          value={phoneStage}
          onChange={(e) => setPhoneStage(e.currentTarget.value)}
          data={[{ value: 'all', label: `All stages (${items.length})` }, ...columns.map((c) => ({ value: c.key, label: `${c.title} (${c.items.length})` }))]}
        />
        <Text size="sm" c="dimmed">{current.hint}</Text>
        {list(current, phoneStage === 'all' || current.key === 'ended')}
        {dialog}
      </Stack>
    );
  }

  return (
    <>
      <Group gap={6} mb="xs" aria-label="Jump to a stage">
        {columns.map((col) => (
          <Button
            key={col.key}
            size="compact-xs"
            variant={col.items.length ? 'light' : 'subtle'}
            color={col.items.length ? col.color : 'gray'}
            onClick={() => document.getElementById(`stage-${col.key}`)?.scrollIntoView({ behavior: 'smooth', inline: 'start', block: 'nearest' })}
          >
            {col.title} · {col.items.length}
          </Button>
        ))}
      </Group>
      <ScrollArea type="auto" offsetScrollbars scrollbarSize={10}>
        <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm" role="list" aria-label="Pipeline">
          {columns.map((col) => (
            <Paper key={col.key} id={`stage-${col.key}`} role="listitem" aria-label={`${col.title}: ${col.items.length}`} bg="var(--mantine-color-gray-0)" radius="md" p="xs" w={232} style={{ flexShrink: 0 }}>
              <Group justify="space-between" gap={4} mb={4} wrap="nowrap">
                <Title order={2} size="sm">{col.title}</Title>
                <Badge size="sm" variant="light" color={col.color} circle>{col.items.length}</Badge>
              </Group>
              <Box mih={40}>{list(col, col.key === 'ended')}</Box>
            </Paper>
          ))}
        </Group>
      </ScrollArea>
      <Text size="xs" c="dimmed">Tip: focus a card (Tab) and press → to take the next step, ← to step back, Enter to open it.</Text>
      {dialog}
    </>
  );
}
