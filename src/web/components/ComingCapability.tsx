import { Badge, Card, List, Stack, Text, Title, ThemeIcon } from '@mantine/core';
import { IconCircleDashed } from '@tabler/icons-react';

/**
 * A page for a capability that is not built yet: it says plainly what will live here,
 * and shows no invented data.
 */
export function ComingCapability(props: { title: string; intro: string; items: string[] }) {
  return (
    <Stack maw={760} gap="md">
      <div>
        <Title order={2}>{props.title}</Title>
        <Text c="dimmed" mt={4}>{props.intro}</Text>
      </div>
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Badge variant="light" color="gray" w="fit-content">Not built yet</Badge>
          <Text fw={600}>What this page will hold</Text>
          <List spacing="xs" icon={<ThemeIcon size={20} radius="xl" variant="light" color="gray"><IconCircleDashed size={14} /></ThemeIcon>}>
            {props.items.map((i) => (
              <List.Item key={i}>{i}</List.Item>
            ))}
          </List>
        </Stack>
      </Card>
    </Stack>
  );
}
