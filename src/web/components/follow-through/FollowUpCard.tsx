import { ActionIcon, Anchor, Box, Button, Collapse, Flex, Group, Paper, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconPlayerSkipForward, IconWriting } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FollowUpItem } from '../../../domain/follow-through/api';
import { errorMessage } from '../../api/client';
import { useFollowUpAction } from '../../api/follow-through';
import { useComposer } from './ComposerProvider';
import { DoneButton, type DoneChoice } from './DoneButton';
import { ReasonModal } from './ReasonModal';
import { SnoozeMenu } from './SnoozeMenu';
import { useUndoToast } from './undo-toast';
import { SOURCE_META, daysFrom, dueLabel, formatIsoDate } from './sources';

type Props = { item: FollowUpItem; today: string };

/** One follow-up on Today: what, with whom, when, the recap, and done / snooze / skip. */
export function FollowUpCard({ item, today }: Props) {
  const meta = SOURCE_META[item.source];
  const action = useFollowUpAction();
  const { openComposer } = useComposer();
  const [showPrompt, setShowPrompt] = useState(false);
  const [skipping, setSkipping] = useState(false);
  const overdue = daysFrom(today, item.dueDate) < 0;
  const can = (a: FollowUpItem['actions'][number]) => item.actions.includes(a);

  const toast = useUndoToast();
  const fail = (err: unknown) => notifications.show({ color: 'red', title: 'That did not work', message: errorMessage(err) });

  const done = (log: DoneChoice) =>
    action.mutate(
      { id: item.id, action: 'done', body: log ? { logInteraction: { kind: log.kind, summary: log.summary } } : {} },
      { onSuccess: () => toast(item, 'done'), onError: fail },
    );

  return (
    <Paper withBorder radius="md" p="sm" component="li" data-followup={item.id} tabIndex={-1} aria-label={item.title} style={{ listStyle: 'none' }}>
      <Flex direction={{ base: 'column', sm: 'row' }} gap="xs" align={{ base: 'stretch', sm: 'flex-start' }}>
      <Group align="flex-start" wrap="nowrap" gap="sm" style={{ flex: 1, minWidth: 0 }}>
        <Tooltip label={meta.label}>
          <ThemeIcon variant="light" color={meta.color} size={36} radius="md" aria-label={meta.label} role="img">
            <meta.icon size={20} stroke={1.7} />
          </ThemeIcon>
        </Tooltip>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} size="sm" lh={1.35}>{item.title}</Text>
          <Group gap={6} wrap="wrap">
            <Text size="xs" c={overdue ? 'red.7' : 'dimmed'} fw={overdue ? 600 : 400} title={formatIsoDate(item.dueDate)}>
              {dueLabel(today, item.dueDate)}
            </Text>
            {item.contact && (
              <>
                <Text size="xs" c="dimmed" aria-hidden>·</Text>
                <Anchor component={Link} to={`/network/contacts/${item.contact.id}`} size="xs">
                  {item.contact.displayName}
                </Anchor>
                {item.contact.company && <Text size="xs" c="dimmed" truncate>{item.contact.company}</Text>}
              </>
            )}
            {item.prompt && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="gray"
                rightSection={<IconChevronDown size={12} style={{ transform: showPrompt ? 'rotate(180deg)' : undefined }} />}
                onClick={() => setShowPrompt((s) => !s)}
                aria-expanded={showPrompt}
              >
                {item.source === 'thank_you' ? 'Recap' : 'Details'}
              </Button>
            )}
          </Group>
          {item.prompt && (
            <Collapse expanded={showPrompt}>
              <Text size="sm" c="dark.4" mt={4} style={{ whiteSpace: 'pre-wrap', borderLeft: '3px solid var(--mantine-color-gray-3)', paddingLeft: 10 }}>
                {item.prompt}
              </Text>
            </Collapse>
          )}
        </Stack>
      </Group>
      <Group gap={6} justify="flex-end" wrap="wrap" style={{ flexShrink: 0 }}>
        {(item.source === 'thank_you' || item.source === 'share' || item.source === 'mentorship' || item.source === 'interview_prep') && item.contact && (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconWriting size={14} />}
            aria-label="Write with template"
            onClick={() =>
              openComposer({
                contactId: item.contact!.id,
                contactName: item.contact!.displayName,
                followUpId: item.id,
                templateId: item.source === 'share' ? 'share-something-useful' : item.source === 'mentorship' || item.source === 'interview_prep' ? 'mentor-progress-update' : 'thank-you-recap',
              })
            }
          >
            {/* On a phone the short label leaves room for Done, snooze and skip on one line. */}
            <Box component="span" hiddenFrom="sm">Write</Box>
            <Box component="span" visibleFrom="sm">Write with template</Box>
          </Button>
        )}
        {can('done') && <DoneButton item={item} busy={action.isPending && action.variables?.action === 'done'} onDone={done} />}
        {can('snooze') && (
          <SnoozeMenu
            title={item.title}
            today={today}
            busy={action.isPending && action.variables?.action === 'snooze'}
            onSnooze={(body) => action.mutate({ id: item.id, action: 'snooze', body }, { onSuccess: () => toast(item, 'snooze'), onError: fail })}
          />
        )}
        {can('skip') && (
          <Tooltip label="Skip">
            <ActionIcon variant="default" size={30} aria-label={`Skip: ${item.title}`} onClick={() => setSkipping(true)}>
              <IconPlayerSkipForward size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      </Flex>
      <ReasonModal
        opened={skipping}
        title="Skip this one"
        what={item.title}
        confirm="Skip"
        placeholder="e.g. We spoke at the conference last week"
        busy={action.isPending && action.variables?.action === 'skip'}
        error={action.variables?.action === 'skip' && action.error ? action.error.message : null}
        onClose={() => setSkipping(false)}
        onSubmit={(reason) =>
          action.mutate({ id: item.id, action: 'skip', body: { reason } }, { onSuccess: () => { setSkipping(false); toast(item, 'skip'); } })
        }
      />
    </Paper>
  );
}
