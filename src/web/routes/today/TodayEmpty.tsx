import { Button, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconConfetti, IconFileImport, IconSettings } from '@tabler/icons-react';
import { Link } from 'react-router';

/** Nothing due: say so, and say what will show up here. */
export function TodayEmpty({ hasContacts }: { hasContacts: boolean }) {
  return (
    <Card withBorder radius="md" padding="xl">
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color="teal">
          <IconConfetti size={30} />
        </ThemeIcon>
        <Title order={2} size="h3">All caught up</Title>
        <Text c="dimmed" maw={480}>Nothing is due this week. This is where follow-through shows up:</Text>
        <List size="sm" c="dimmed" ta="left" maw={460} spacing={4}>
          <List.Item>a thank-you for everyone involved after an interview or meeting, with a recap</List.Item>
          <List.Item>keep-in-touch reminders from your cadences (a potential mentor every 2 months)</List.Item>
          <List.Item>introductions others offered you to coordinate, and what you promised to send</List.Item>
          <List.Item>birthdays and special dates</List.Item>
          <List.Item>an article, job or event you saved, to share with whoever cares about its topic</List.Item>
        </List>
        <Group mt="sm" justify="center">
          {!hasContacts && (
            <Button component={Link} to="/network/import" leftSection={<IconFileImport size={16} />}>Import contacts</Button>
          )}
          <Button component={Link} to="/settings#follow-through" variant="light" leftSection={<IconSettings size={16} />}>Set cadences</Button>
        </Group>
      </Stack>
    </Card>
  );
}
