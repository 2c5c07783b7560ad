import { Alert, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { notifications } from '@mantine/notifications';
import { IconFileUpload, IconUpload, IconX } from '@tabler/icons-react';
import type { ColumnMapping, ImportFormat, ParseReport } from '../../../../domain/network/contact-fields';
import type { CsvPreview } from '../../../../domain/network/import';
import type { ImportReport } from '../../../../domain/network/import-api';
import { MAX_IMPORT_BYTES } from '../../../../domain/network/import-api';
import { FilePreview } from './FilePreview';
import { formatInfo } from './formats';
import { ImportReportView } from './ImportReportView';

export type LocalPreview = { kind: 'csv'; preview: CsvPreview } | { kind: 'vcard'; report: ParseReport } | { kind: 'error'; message: string };

type Props = {
  format: ImportFormat;
  file: File | null;
  onFile: (f: File | null) => void;
  local: LocalPreview | null;
  mapping: ColumnMapping;
  onMappingChange: (m: ColumnMapping) => void;
  dry: { pending: boolean; error: Error | null; report: ImportReport | undefined };
};

export function FileStep({ format, file, onFile, local, mapping, onMappingChange, dry }: Props) {
  const info = formatInfo(format);
  return (
    <Stack gap="md">
      {!file ? (
        <Dropzone
          onDrop={(files) => files[0] && onFile(files[0])}
          onReject={(rejections) => notifications.show({ color: 'red', title: 'That file cannot be used', message: rejections[0]?.errors[0]?.message ?? 'Choose one file.' })}
          multiple={false}
          maxSize={MAX_IMPORT_BYTES}
          useFsAccessApi={false}
          inputProps={{ 'aria-label': `Choose your ${info.file} file` }}
          aria-label={`Drop your ${info.file} file here or press to choose it`}
        >
          <Group justify="center" gap="lg" mih={150} style={{ pointerEvents: 'none' }}>
            <Dropzone.Accept><IconUpload size={44} stroke={1.5} color="var(--mantine-color-teal-6)" /></Dropzone.Accept>
            <Dropzone.Reject><IconX size={44} stroke={1.5} color="var(--mantine-color-red-6)" /></Dropzone.Reject>
            <Dropzone.Idle><IconFileUpload size={44} stroke={1.5} color="var(--mantine-color-dimmed)" /></Dropzone.Idle>
            <div>
              <Text size="lg" fw={500}>Drop your {info.file} here, or click to choose it</Text>
              <Text size="sm" c="dimmed">{info.title} · at most {MAX_IMPORT_BYTES / 1024 / 1024} MB · the file stays private to your account</Text>
            </div>
          </Group>
        </Dropzone>
      ) : (
        <Group justify="space-between" p="sm" bd="1px solid var(--mantine-color-gray-3)" style={{ borderRadius: 8 }}>
          <Group gap="xs"><IconFileUpload size={20} /><Text fw={500}>{file.name}</Text><Text size="sm" c="dimmed">{Math.max(1, Math.round(file.size / 1024))} KB</Text></Group>
          <Button variant="subtle" size="compact-sm" onClick={() => onFile(null)}>Choose another file</Button>
        </Group>
      )}

      {local?.kind === 'error' && <Alert color="red" role="alert" title="This file cannot be read">{local.message}</Alert>}
      {local?.kind === 'csv' && (
        <Stack gap={6}>
          <Text size="sm" fw={500}>First rows{format === 'csv' ? ' — choose what each column is' : ''}</Text>
          <FilePreview preview={local.preview} mapping={format === 'csv' ? mapping : undefined} onMappingChange={format === 'csv' ? onMappingChange : undefined} />
        </Stack>
      )}
      {local?.kind === 'vcard' && (
        <Stack gap={6}>
          <Text size="sm" fw={500}>First cards</Text>
          <Table withTableBorder striped fz="xs" aria-label="File preview" verticalSpacing={4}>
            <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>E-mail</Table.Th><Table.Th>Company</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {local.report.rows.slice(0, 5).map((r) => (
                <Table.Tr key={r.rowNumber}><Table.Td>{r.contact.displayName}</Table.Td><Table.Td>{r.contact.emails[0]?.value}</Table.Td><Table.Td>{r.contact.company}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}

      {file && dry.pending && <Group gap="xs" aria-live="polite"><Loader size="xs" /><Text size="sm">Checking the file against your contacts…</Text></Group>}
      {file && dry.error && <Alert color="red" role="alert" title="The check failed">{dry.error.message}</Alert>}
      {file && dry.report && !dry.pending && (
        <Stack gap="sm" aria-live="polite">
          <Text fw={600} data-testid="dry-run-summary">
            {dry.report.created} will be created, {dry.report.merged} merged, {dry.report.skipped} skipped
            {dry.report.unchanged ? `, ${dry.report.unchanged} already up to date` : ''}.
          </Text>
          <ImportReportView report={dry.report} />
        </Stack>
      )}
    </Stack>
  );
}
