import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';

export function MentorFirstSteps({ onStart }: { onStart: () => void }) {
  return (
    <Paper withBorder radius="md" p="lg" maw={720}>
      <Stack gap="sm">
        <Title order={2} size="h4">Build a small board of mentors</Title>
        <Text size="sm">No single mentor can help with everything. Look for several, of different kinds, inside and outside your employer, and never your own boss: you need people you can speak to freely.</Text>
        <List size="sm" spacing={4} type="ordered">
          <List.Item>Add a mentor you already have: a guardian angel, a shepherd, or a member of your personal board of directors.</List.Item>
          <List.Item>Name the areas of growth each one helps with; the board shows the areas nobody covers yet.</List.Item>
          <List.Item>Set goals and post progress, agree on expectations, and record meetings with their action items.</List.Item>
          <List.Item>
            Still looking? Write a <Anchor component={Link} to="/mentoring?tab=wish-list" inherit>mentor wish list</Anchor> and send it to trusted colleagues for introductions.
          </List.Item>
        </List>
        <Group>
          <Button leftSection={<IconPlus size={16} />} onClick={onStart}>Add your first mentor</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
