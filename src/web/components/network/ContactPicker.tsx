import { Group, Loader, MultiSelect, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { Contact } from '../../../domain/network/api';
import { useContactSearch } from '../../api/network';

export type PickedContact = { id: string; displayName: string; company: string | null };

type Props = {
  label: string;
  value: PickedContact[];
  onChange: (value: PickedContact[]) => void;
  error?: React.ReactNode;
  description?: string;
};

const pick = (c: Contact): PickedContact => ({ id: c.id, displayName: c.displayName, company: c.company });

/** Search-as-you-type multi-select over the user's contacts (GET /contacts?q=), showing name and company. */
export function ContactPicker({ label, value, onChange, error, description }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const results = useContactSearch(debounced);

  // Selected people stay in the options even when the current search does not find them.
  const known = useMemo(() => {
    const map = new Map<string, PickedContact>(value.map((p) => [p.id, p]));
    for (const c of results.data?.items ?? []) if (!map.has(c.id)) map.set(c.id, pick(c));
    return map;
  }, [value, results.data]);
  const data = [...known.values()].map((p) => ({ value: p.id, label: p.displayName }));

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length ? undefined : 'Search by name or company'}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data}
      value={value.map((p) => p.id)}
      onChange={(ids) => onChange(ids.map((id) => known.get(id)).filter((p): p is PickedContact => Boolean(p)))}
      nothingFoundMessage={results.isFetching ? 'Searching…' : debounced ? 'No contact matches' : 'No contacts yet'}
      rightSection={results.isFetching ? <Loader size={14} /> : undefined}
      error={error}
      maxDropdownHeight={260}
      renderOption={({ option, checked }) => {
        const p = known.get(option.value);
        return (
          <Group gap={6} wrap="nowrap">
            <IconCheck size={14} style={{ visibility: checked ? 'visible' : 'hidden', flexShrink: 0 }} aria-hidden />
            <Text size="sm">{option.label}</Text>
            {p?.company && <Text size="xs" c="dimmed" truncate>{p.company}</Text>}
          </Group>
        );
      }}
    />
  );
}
