import { Accordion, Alert, Badge, Button, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useImportHistory } from '../../../api/network';
import { formatDateTime } from '../../../format';
import { FORMATS } from './formats';
import { ImportReportView } from './ImportReportView';

const formatTitle = (value: string) => FORMATS.find((f) => f.value === value)?.title ?? value;

/** Earlier imports, newest first; each opens to its full report (skipped, merged and warned rows). */
export function ImportHistory() {
  const history = useImportHistory();
  // Only the open report is rendered: a history of large imports would otherwise build every table.
  const [open, setOpen] = useState<string | null>(null);
  const items = history.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-history-heading">
      <Title order={3} size="h5" id="import-history-heading" mb="sm">Earlier imports</Title>
      {history.isPending && <Center py="md"><Loader size="sm" aria-label="Loading earlier imports" /></Center>}
      {history.error && <Alert color="red" role="alert">{history.error.message}</Alert>}
      {history.data && items.length === 0 && <Text size="sm" c="dimmed">No imports yet. Reports of the files you import are kept here.</Text>}
      {items.length > 0 && (
        <Accordion variant="separated" chevronPosition="left" value={open} onChange={setOpen}>
          {items.map((r) => (
            <Accordion.Item key={r.id ?? r.createdAt} value={r.id ?? String(r.createdAt)}>
              <Accordion.Control aria-label={`Import of ${r.filename ?? 'a file'} on ${r.createdAt ? formatDateTime(r.createdAt) : ''}`}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} truncate>{r.filename ?? 'Unnamed file'}</Text>
                    <Text size="xs" c="dimmed">
                      {formatTitle(r.format)} · {r.createdAt && <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>}
                    </Text>
                  </Stack>
                  <Group gap={4}>
                    <Badge variant="light" color="teal" tt="none">{r.created} created</Badge>
                    <Badge variant="light" color="blue" tt="none">{r.merged} merged</Badge>
                    {r.skipped > 0 && <Badge variant="light" color="orange" tt="none">{r.skipped} skipped</Badge>}
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {open === (r.id ?? String(r.createdAt)) && <ImportReportView report={r} />}
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      {history.hasNextPage && (
        <Group justify="center" mt="md">
          <Button variant="default" size="xs" loading={history.isFetchingNextPage} onClick={() => history.fetchNextPage()}>Show older imports</Button>
        </Group>
      )}
    </Card>
  );
}
