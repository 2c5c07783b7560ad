import { Card, Stack, Text, Title } from '@mantine/core';

export function Section(props: { title: string; description: string; children: React.ReactNode; danger?: boolean; labelId?: string }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={props.labelId} style={props.danger ? { borderColor: 'var(--mantine-color-red-3)' } : undefined}>
      <Stack gap="md">
        <div>
          <Title order={3} size="h4" id={props.labelId} c={props.danger ? 'red.8' : undefined}>{props.title}</Title>
          <Text size="sm" c="dimmed">{props.description}</Text>
        </div>
        {props.children}
      </Stack>
    </Card>
  );
}
