import { Button, Popover, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { FollowUpItem } from '../../../domain/follow-through/api';
import { kindOptions } from '../network/vocabulary';

type Kind = (typeof kindOptions)[number]['value'];
export type DoneChoice = { kind: Kind; summary: string | null } | null;

type Props = { item: FollowUpItem; busy: boolean; onDone: (log: DoneChoice) => void };

/** Keep-in-touch and thank-you items ask how it went (logged on the timeline); others are done in one click. */
export function DoneButton({ item, busy, onDone }: Props) {
  const asks = item.logsInteraction || item.source === 'cadence' || item.source === 'thank_you' || item.source === 'share';
  const required = item.logsInteraction || item.source === 'cadence';
  const [opened, setOpened] = useState(false);
  const [kind, setKind] = useState<string | null>(item.source === 'thank_you' || item.source === 'share' ? 'email' : 'coffee');
  const [note, setNote] = useState('');

  const button = (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconCheck size={14} />}
      loading={busy}
      data-action="done"
      aria-label={`Done: ${item.title}`}
      onClick={() => (asks ? setOpened((o) => !o) : onDone(null))}
    >
      Done
    </Button>
  );
  if (!asks) return button;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setOpened(false);
    onDone(kind ? { kind: kind as Kind, summary: note.trim() || null } : null);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus shadow="md" width={300}>
      <Popover.Target>{button}</Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Text size="sm" fw={600}>How did you get in touch?</Text>
            <Select
              label="Kind"
              data={kindOptions}
              value={kind}
              onChange={setKind}
              clearable={!required}
              placeholder={required ? undefined : "Don't log it"}
              comboboxProps={{ withinPortal: false }}
              allowDeselect={!required}
            />
            <Textarea label="Note (optional)" autosize minRows={2} maxRows={6} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <Button type="submit" size="xs" disabled={required && !kind}>Mark done</Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
