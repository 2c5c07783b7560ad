import { Paper, Stack, Text, Title } from '@mantine/core';

/** A titled panel; the chart inside is a figure labelled by the title for screen readers. */
export function ChartCard(props: { title: string; description?: string; children: React.ReactNode }) {
  const id = `chart-${props.title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <div>
          <Title order={3} size="h5" id={id}>{props.title}</Title>
          {props.description && <Text size="sm" c="dimmed">{props.description}</Text>}
        </div>
        <figure style={{ margin: 0 }} aria-labelledby={id}>{props.children}</figure>
      </Stack>
    </Paper>
  );
}
