import { Checkbox, Group, NumberInput, Select, Table, Text } from '@mantine/core';
import { CADENCE_CIRCLES, type CadenceCircle } from '../../../domain/follow-through/vocabulary';
import { CIRCLE_LABELS } from '../../components/network/vocabulary';

export type Cadence = { every: number; unit: 'day' | 'week' | 'month' } | null;
export type CadenceMap = Partial<Record<CadenceCircle, Cadence>>;

const label = (c: CadenceCircle) => (c === 'potential_mentor' ? 'Potential mentor (starred)' : CIRCLE_LABELS[c]);
const UNITS = [
  { value: 'day', label: 'days' },
  { value: 'week', label: 'weeks' },
  { value: 'month', label: 'months' },
];

/** Per circle: keep in touch every N days/weeks/months, or off. */
export function CircleCadenceTable({ value, onChange, errors }: { value: CadenceMap; onChange: (v: CadenceMap) => void; errors: Record<string, string> }) {
  const set = (c: CadenceCircle, next: Cadence) => onChange({ ...value, [c]: next });
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing={6} aria-label="Keep-in-touch cadence per circle">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Circle</Table.Th>
            <Table.Th>Remind me</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {CADENCE_CIRCLES.map((c) => {
            const cad = value[c] ?? null;
            const err = errors[`circleCadences.${c}.every`] ?? errors[`circleCadences.${c}`];
            return (
              <Table.Tr key={c}>
                <Table.Td><Text size="sm">{label(c)}</Text></Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Checkbox
                      aria-label={`Reminders for ${label(c)}`}
                      checked={cad !== null}
                      onChange={(e) => set(c, e.currentTarget.checked ? { every: 3, unit: 'month' } : null)}
                    />
                    {cad ? (
                      <>
                        <Text size="sm">every</Text>
                        <NumberInput aria-label={`Every how many, ${label(c)}`} size="xs" w={70} min={1} value={cad.every} onChange={(v) => set(c, { ...cad, every: Number(v) || 1 })} error={err} />
                        <Select aria-label={`Unit, ${label(c)}`} size="xs" w={100} data={UNITS} value={cad.unit} allowDeselect={false} onChange={(v) => v && set(c, { ...cad, unit: v as 'day' })} />
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">Off</Text>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
