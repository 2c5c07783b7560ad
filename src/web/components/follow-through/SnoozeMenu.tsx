import { ActionIcon, Button, Group, Menu, Modal, Stack, TextInput, Tooltip } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import { useState } from 'react';
import type { SnoozeBody } from '../../api/follow-through';
import { nextDay } from './sources';

type Props = { title: string; today: string; busy: boolean; onSnooze: (body: SnoozeBody) => void };

/** Snooze for a day, a week, or until a date after today. */
export function SnoozeMenu({ title, today, busy, onSnooze }: Props) {
  const [picking, setPicking] = useState(false);
  const [date, setDate] = useState('');
  const min = nextDay(today);
  const error = date && date < min ? 'Pick a day after today' : undefined;

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Tooltip label="Snooze">
            <ActionIcon variant="default" size={30} aria-label={`Snooze: ${title}`} loading={busy} data-action="snooze">
              <IconClockPause size={16} />
            </ActionIcon>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Snooze until</Menu.Label>
          <Menu.Item onClick={() => onSnooze({ days: 1 })}>Tomorrow</Menu.Item>
          <Menu.Item onClick={() => onSnooze({ days: 7 })}>In a week</Menu.Item>
          <Menu.Item onClick={() => { setDate(''); setPicking(true); }}>Pick a date…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={picking} onClose={() => setPicking(false)} title="Snooze until" size="sm">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!date || error) return;
            setPicking(false);
            onSnooze({ until: date });
          }}
        >
          <Stack>
            <TextInput type="date" label="Date" min={min} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={error} data-autofocus required />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPicking(false)}>Cancel</Button>
              <Button type="submit" disabled={!date || Boolean(error)}>Snooze</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
