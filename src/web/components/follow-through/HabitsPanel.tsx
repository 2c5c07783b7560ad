import { ActionIcon, Button, Card, Group, Menu, RingProgress, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconDots, IconFlame, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { TodayResponse } from '../../../domain/follow-through/api';
import { useDeleteHabit } from '../../api/follow-through';
import { HabitFormModal } from './HabitFormModal';

type Habit = TodayResponse['habits'][number];

const streakLabel = (n: number) => (n === 0 ? 'No streak yet' : n === 1 ? '1 week in a row' : `${n} weeks in a row`);

function HabitRow({ habit }: { habit: Habit }) {
  const del = useDeleteHabit();
  const pct = Math.min(100, Math.round((habit.count / Math.max(1, habit.target)) * 100));
  return (
    <Group wrap="nowrap" gap="sm" component="li" style={{ listStyle: 'none' }} aria-label={habit.name}>
      <RingProgress
        size={54}
        thickness={6}
        roundCaps
        sections={[{ value: pct, color: habit.met ? 'teal' : 'blue' }]}
        label={habit.met ? <IconCheck size={18} color="var(--mantine-color-teal-7)" style={{ display: 'block', margin: 'auto' }} aria-hidden /> : null}
        aria-hidden
      />
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={600} truncate>{habit.name}</Text>
        <Text size="xs" c={habit.met ? 'teal.8' : 'dimmed'}>
          {habit.count}/{habit.target} this week{habit.met ? ' ✓' : ''}
        </Text>
        <Group gap={4}>
          <IconFlame size={13} color={habit.streak ? 'var(--mantine-color-orange-6)' : 'var(--mantine-color-gray-5)'} aria-hidden />
          <Text size="xs" c="dimmed">{streakLabel(habit.streak)}</Text>
        </Group>
      </Stack>
      <Menu position="bottom-end">
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Options for ${habit.name}`}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => del.mutate(habit.id)}>Delete habit</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

/** This week's progress on each networking habit, with streaks. */
export function HabitsPanel({ habits }: { habits: Habit[] }) {
  const [adding, setAdding] = useState(false);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="habits-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5" id="habits-title">Weekly habits</Title>
        <Button size="compact-sm" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>Add</Button>
      </Group>
      {habits.length === 0 ? (
        <Text size="sm" c="dimmed">
          Set a weekly goal, like lunch with a different colleague each week or meeting one new person, and watch the streak grow.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0}>
          {habits.map((h) => <HabitRow key={h.id} habit={h} />)}
        </Stack>
      )}
      <HabitFormModal opened={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
