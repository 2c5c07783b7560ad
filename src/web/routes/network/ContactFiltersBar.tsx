import { Chip, CloseButton, Group, Kbd, MultiSelect, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useContactTags } from '../../api/network';
import { circleOptions } from '../../components/network/vocabulary';
import type { FilterState } from './use-contact-filters';

const sortOptions = [
  { value: 'name', label: 'Name A–Z' },
  { value: '-name', label: 'Name Z–A' },
  { value: '-last_contacted', label: 'Recently contacted' },
  { value: 'last_contacted', label: 'Longest without contact' },
  { value: '-created', label: 'Newest added' },
  { value: 'created', label: 'Oldest added' },
];

export function ContactFiltersBar({ state, update }: { state: FilterState; update: (p: Partial<FilterState>) => void }) {
  const tags = useContactTags();
  const searchRef = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState(state.q);
  const pushSearch = useDebouncedCallback((q: string) => update({ q: q.trim() }), 250);
  useHotkeys([['/', () => searchRef.current?.focus()]]);
  // The URL changed elsewhere (Clear filters, Back): show it in the box.
  useEffect(() => setSearch((s) => (s.trim() === state.q ? s : state.q)), [state.q]);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        ref={searchRef}
        aria-label="Search contacts"
        placeholder="Search people, companies, e-mails…"
        leftSection={<IconSearch size={16} />}
        rightSection={
          search ? (
            <CloseButton size="sm" aria-label="Clear search" onClick={() => { setSearch(''); update({ q: '' }); }} />
          ) : (
            <Kbd size="xs" aria-hidden>/</Kbd>
          )
        }
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          pushSearch(e.currentTarget.value);
        }}
        onKeyDown={(e) => e.key === 'Escape' && e.currentTarget.blur()}
        style={{ flex: '1 1 260px' }}
        type="search"
      />
      <MultiSelect
        aria-label="Circle"
        placeholder={state.circle.length ? undefined : 'Any circle'}
        data={circleOptions}
        value={state.circle}
        onChange={(circle) => update({ circle })}
        clearable
        style={{ flex: '1 1 140px', maxWidth: 320 }}
      />
      <MultiSelect
        aria-label="Tags"
        placeholder={state.tag.length ? undefined : 'Any tag'}
        data={(tags.data?.items ?? []).map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` }))}
        value={state.tag}
        onChange={(tag) => update({ tag })}
        searchable
        clearable
        nothingFoundMessage={tags.isPending ? 'Loading…' : 'No tags yet'}
        style={{ flex: '1 1 140px', maxWidth: 280 }}
      />
      <Select
        aria-label="Sort by"
        data={sortOptions}
        value={state.sort}
        onChange={(v) => v && update({ sort: v as FilterState['sort'] })}
        allowDeselect={false}
        style={{ flex: '1 1 160px', maxWidth: 220 }}
      />
      <Group gap="xs" wrap="wrap" w="100%">
        <SegmentedControl
          size="xs"
          aria-label="Inside or outside my employer"
          data={[
            { value: '', label: 'Everyone' },
            { value: 'inside', label: 'Inside my employer' },
            { value: 'outside', label: 'Outside' },
          ]}
          value={state.employer}
          onChange={(v) => update({ employer: v as FilterState['employer'] })}
        />
        <Chip size="xs" checked={state.starred} onChange={(starred) => update({ starred })}>Starred</Chip>
        <Chip size="xs" checked={state.stale} onChange={(stale) => update({ stale })}>Not contacted in 6 months</Chip>
      </Group>
    </Group>
  );
}
