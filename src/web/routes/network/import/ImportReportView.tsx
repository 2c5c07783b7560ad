import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ImportReport } from '../../../../domain/network/import-api';

const MATCHED_ON: Record<ImportReport['mergedRows'][number]['matchedOn'], string> = {
  email: 'same e-mail',
  linkedin: 'same LinkedIn',
  name_company: 'same name and company',
};

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="md" radius="md" role="group" aria-label={`${label}: ${value}`}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>{label}</Text>
      <Text fz={28} fw={700} c={value ? color : 'dimmed'} data-testid={`stat-${label.toLowerCase()}`}>{value}</Text>
    </Paper>
  );
}

/** Counts plus per-row detail. On a dry run the wording is future tense: nothing was saved yet. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const dry = report.dryRun;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat label={dry ? 'New' : 'Created'} value={report.created} color="teal" />
        <Stat label="Merged" value={report.merged} color="blue" />
        <Stat label="Unchanged" value={report.unchanged} />
        <Stat label="Skipped" value={report.skipped} color="orange" />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {report.totalRows} {report.totalRows === 1 ? 'row' : 'rows'} in {report.filename ?? 'the file'}.
        {dry ? ' Nothing has been saved yet.' : ''}
      </Text>

      {report.skippedRows.length > 0 && (
        <section aria-labelledby="skipped-heading">
          <Title order={4} size="h6" id="skipped-heading" mb={6}>Skipped rows</Title>
          <Table withTableBorder fz="sm" aria-label="Skipped rows" verticalSpacing={4}>
            <Table.Thead><Table.Tr><Table.Th w={90}>Row</Table.Th><Table.Th>Reason</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {report.skippedRows.map((r) => (
                <Table.Tr key={r.rowNumber}><Table.Td>{r.rowNumber}</Table.Td><Table.Td>{r.reason}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      )}

      {report.mergedRows.length > 0 && (
        <section aria-labelledby="merged-heading">
          <Title order={4} size="h6" id="merged-heading" mb={6}>{dry ? 'Will be merged into existing contacts' : 'Merged into existing contacts'}</Title>
          <Table withTableBorder fz="sm" aria-label="Merged rows" verticalSpacing={4}>
            <Table.Thead><Table.Tr><Table.Th w={90}>Row</Table.Th><Table.Th>Contact</Table.Th><Table.Th>Matched on</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {report.mergedRows.map((r) => (
                <Table.Tr key={r.rowNumber}>
                  <Table.Td>{r.rowNumber}</Table.Td>
                  <Table.Td><Anchor component={Link} to={`/network/contacts/${r.contactId}`}>{r.displayName}</Anchor></Table.Td>
                  <Table.Td><Badge variant="light" tt="none">{MATCHED_ON[r.matchedOn]}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      )}

      {report.warnings.length > 0 && (
        <section aria-labelledby="warnings-heading">
          <Title order={4} size="h6" id="warnings-heading" mb={6}>Warnings</Title>
          <Stack gap={2}>
            {report.warnings.map((w, i) => (
              <Group key={i} gap="xs" wrap="nowrap"><Text size="sm" c="dimmed" w={60}>Row {w.rowNumber}</Text><Text size="sm">{w.message}</Text></Group>
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
