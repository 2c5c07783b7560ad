import { ActionIcon, Anchor, Badge, Button, Group, Menu, Paper, Rating, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlarm, IconArrowsMove, IconStarFilled } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { InterviewSummary } from '../../../domain/interviews/api';
import { NEXT_STAGE, PIPELINE_STAGES, type Stage } from '../../../domain/interviews/stages';
import { MOVE_LABELS, STAGE_COLORS, STAGE_LABELS, isEnd, timeLine } from './labels';

type Props = {
  iv: InterviewSummary;
  onMove: (iv: InterviewSummary, to: Stage) => void;
  busy?: boolean;
  /** Show the stage badge (the phone list and rankings; the board's columns say it already). */
  showStage?: boolean;
};

/** The nearest allowed stage before this one in the pipeline, for ← on the keyboard. */
function previousMove(iv: InterviewSummary): Stage | undefined {
  const i = (PIPELINE_STAGES as readonly Stage[]).indexOf(iv.stage);
  return [...iv.allowedMoves].filter((s) => (PIPELINE_STAGES as readonly Stage[]).indexOf(s) >= 0 && (PIPELINE_STAGES as readonly Stage[]).indexOf(s) < i).pop();
}

/**
 * One interview on the board. Focus it and press → to take the next step, ← to step back
 * (before held), Enter to open it; or use its buttons.
 */
export function InterviewCard({ iv, onMove, busy, showStage }: Props) {
  const navigate = useNavigate();
  const name = iv.contact?.displayName ?? 'Deleted contact';
  const next = isEnd(iv.stage) ? iv.allowedMoves[0] : NEXT_STAGE[iv.stage];
  const canNext = next !== undefined && iv.allowedMoves.includes(next);
  const others = iv.allowedMoves.filter((s) => s !== next);
  const when = timeLine(iv);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'ArrowRight' && canNext) {
      e.preventDefault();
      onMove(iv, next!);
    } else if (e.key === 'ArrowLeft') {
      const back = previousMove(iv);
      if (back) {
        e.preventDefault();
        onMove(iv, back);
      }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void navigate(`/interviews/${iv.id}`);
    }
  };

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      tabIndex={0}
      data-interview-card={iv.id}
      aria-label={`${name}, ${STAGE_LABELS[iv.stage]}`}
      aria-keyshortcuts="ArrowRight ArrowLeft Enter"
      onKeyDown={onKeyDown}
      style={{ listStyle: 'none', opacity: busy ? 0.6 : 1 }}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
          <Anchor component={Link} to={`/interviews/${iv.id}`} fw={600} size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {name}
          </Anchor>
          {iv.starred && <IconStarFilled size={16} color="var(--mantine-color-yellow-6)" aria-label="Starred" style={{ flexShrink: 0 }} />}
        </Group>
        {(iv.contact?.title || iv.contact?.company) && (
          <Text size="xs" c="dimmed" lineClamp={1}>{[iv.contact?.title, iv.contact?.company].filter(Boolean).join(' · ')}</Text>
        )}
        {iv.topic && <Text size="xs" lineClamp={2}>About {iv.topic}</Text>}
        <Group gap={6}>
          {showStage && <Badge size="xs" variant="light" color={STAGE_COLORS[iv.stage]}>{STAGE_LABELS[iv.stage]}</Badge>}
          {iv.followUpDue && (
            <Badge size="xs" color="orange" leftSection={<IconAlarm size={10} />}>Follow up</Badge>
          )}
          {when && !iv.followUpDue && <Text size="xs" c="dimmed">{when}</Text>}
          {iv.flowRating !== null && <Rating value={iv.flowRating} readOnly size="xs" aria-label={`Flowed ${iv.flowRating} of 5`} />}
        </Group>
        {iv.closedReason && <Text size="xs" c="dimmed" lineClamp={2}>{iv.closedReason}</Text>}
        <Group gap={4} justify="space-between" wrap="nowrap" mt={2}>
          {canNext ? (
            <Button size="compact-xs" variant="light" loading={busy} onClick={() => onMove(iv, next!)}>
              {isEnd(iv.stage) ? 'Reopen' : MOVE_LABELS[next!]}
            </Button>
          ) : <span />}
          {others.length > 0 && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Tooltip label="Move to…">
                  <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Move ${name} to…`}><IconArrowsMove size={14} /></ActionIcon>
                </Tooltip>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>Move to</Menu.Label>
                {others.map((s) => (
                  <Menu.Item key={s} onClick={() => onMove(iv, s)}>{MOVE_LABELS[s]}</Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
