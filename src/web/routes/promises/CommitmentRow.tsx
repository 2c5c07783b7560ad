import { ActionIcon, Anchor, Badge, Button, Group, Menu, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CommitmentResponse } from '../../../domain/follow-through/api';
import { errorMessage } from '../../api/client';
import { useCommitmentAction, useDeleteCommitment } from '../../api/follow-through';
import { ReasonModal } from '../../components/follow-through/ReasonModal';
import { formatIsoDate } from '../../components/follow-through/sources';
import { STATE_META, allowedActions } from './promise-labels';

const person = (p: { id: string; displayName: string }) => (
  <Anchor component={Link} to={`/network/contacts/${p.id}`} inherit fw={600}>{p.displayName}</Anchor>
);

/** One promise: who, what, its state, the next step and the moves allowed from here. */
export function CommitmentRow({ c, onEdit }: { c: CommitmentResponse; onEdit: (c: CommitmentResponse) => void }) {
  const act = useCommitmentAction();
  const del = useDeleteCommitment();
  const [dropping, setDropping] = useState(false);
  const state = STATE_META[c.state];
  const actions = allowedActions(c);
  const fail = (err: unknown) => notifications.show({ color: 'red', title: 'Not possible', message: errorMessage(err) });

  return (
    <Paper withBorder radius="md" p="sm" component="li" style={{ listStyle: 'none' }} aria-label={`${c.contact.displayName}: ${c.what}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="sm">
            {c.direction === 'they_offered' ? <>{person(c.contact)} offered to {c.what}</> : <>You promised {person(c.contact)} to {c.what}</>}
            {c.involvingContact && <Text span size="sm" c="dimmed"> (with {c.involvingContact.displayName})</Text>}
          </Text>
          <Group gap={6}>
            <Badge size="sm" variant="light" color={state.color}>{state.label}</Badge>
            {c.dueDate && <Text size="xs" c="dimmed">Due {formatIsoDate(c.dueDate)}</Text>}
            {c.dropReason && <Text size="xs" c="dimmed">Dropped: {c.dropReason}</Text>}
          </Group>
          {c.nextSteps.map((s) => (
            <Group key={`${s.action}-${s.contactId}`} gap={6} wrap="nowrap" data-testid="next-step">
              <IconArrowRight size={14} color={s.owner === 'me' ? 'var(--mantine-color-teal-7)' : 'var(--mantine-color-gray-6)'} aria-hidden style={{ flexShrink: 0 }} />
              <Text size="sm" c={s.owner === 'me' ? undefined : 'dimmed'}>
                {s.title}
                {s.owner === 'them' && ' (their move)'}
              </Text>
            </Group>
          ))}
        </Stack>
        <Menu position="bottom-end">
          <Menu.Target>
            <Tooltip label="More">
              <ActionIcon variant="subtle" color="gray" aria-label={`More for ${c.what}`}><IconDots size={16} /></ActionIcon>
            </Tooltip>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(c)}>Edit</Menu.Item>
            <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => del.mutate(c.id, { onError: fail })}>Delete</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {actions.length > 0 && (
        <Group gap={6} mt="xs" justify="flex-end" wrap="wrap">
          {actions.map((a) => (
            <Button
              key={a.action}
              size="xs"
              variant={a.action === 'drop' ? 'subtle' : a.action === 'complete' || a.action === 'thank' ? 'light' : 'default'}
              color={a.action === 'drop' ? 'gray' : undefined}
              loading={act.isPending && act.variables?.action === a.action}
              onClick={() => (a.action === 'drop' ? setDropping(true) : act.mutate({ id: c.id, action: a.action }, { onError: fail }))}
            >
              {a.label}
            </Button>
          ))}
        </Group>
      )}
      <ReasonModal
        opened={dropping}
        title="Drop this promise"
        what={c.what}
        confirm="Drop"
        placeholder="e.g. Raj left the company"
        busy={act.isPending}
        error={act.variables?.action === 'drop' && act.error ? act.error.message : null}
        onClose={() => setDropping(false)}
        onSubmit={(reason) => act.mutate({ id: c.id, action: 'drop', reason }, { onSuccess: () => setDropping(false) })}
      />
    </Paper>
  );
}
