import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { Logo } from './Logo';

export function AuthCard(props: { title: string; subtitle: string; children: React.ReactNode }) {
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Stack w="100%" maw={420} gap="lg">
        <Center><Logo /></Center>
        <Paper withBorder shadow="sm" p="xl" radius="lg">
          <Stack gap={4} mb="lg">
            <Title order={2} size="h3">{props.title}</Title>
            <Text c="dimmed" size="sm">{props.subtitle}</Text>
          </Stack>
          {props.children}
        </Paper>
      </Stack>
    </Center>
  );
}
