import { Select, Table, Text } from '@mantine/core';
import { TARGET_FIELDS, type ColumnMapping, type TargetField } from '../../../../domain/network/contact-fields';
import type { CsvPreview } from '../../../../domain/network/import';

const TARGET_LABELS: Record<TargetField, string> = {
  givenName: 'Given name',
  middleName: 'Middle name',
  familyName: 'Family name',
  displayName: 'Full name',
  email: 'E-mail',
  phone: 'Phone',
  company: 'Company',
  title: 'Title',
  department: 'Department',
  linkedinUrl: 'LinkedIn URL',
  website: 'Website',
  birthday: 'Birthday',
  importantDate: 'Important date',
  notes: 'Notes',
  tags: 'Tags',
  howWeMet: 'How we met',
  ignore: '— Ignore —',
};
const targetOptions = TARGET_FIELDS.map((t) => ({ value: t, label: TARGET_LABELS[t] }));

type Props = {
  preview: CsvPreview;
  /** Given (generic CSV): a Select per column maps it to a contact field. */
  mapping?: ColumnMapping;
  onMappingChange?: (m: ColumnMapping) => void;
};

/** The first rows of a CSV as the browser reads them, with optional column mapping. */
export function FilePreview({ preview, mapping, onMappingChange }: Props) {
  const cols = preview.headers.map((h, i) => ({ h, i })).filter(({ h }) => h.trim());
  return (
    <Table.ScrollContainer minWidth={Math.max(480, cols.length * 150)} type="native">
      <Table withTableBorder withColumnBorders striped fz="xs" aria-label="File preview" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            {cols.map(({ h, i }) => (
              <Table.Th key={i} style={{ verticalAlign: 'top', minWidth: 140 }}>
                <Text size="xs" fw={700}>{h}</Text>
                {mapping && onMappingChange && (
                  <Select
                    mt={4}
                    size="xs"
                    aria-label={`Field for column ${h}`}
                    data={targetOptions}
                    value={mapping[h] ?? 'ignore'}
                    onChange={(v) => onMappingChange({ ...mapping, [h]: (v ?? 'ignore') as TargetField })}
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                  />
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((row, r) => (
            <Table.Tr key={r}>
              {cols.map(({ i }) => (
                <Table.Td key={i} style={{ maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{row[i] ?? ''}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
