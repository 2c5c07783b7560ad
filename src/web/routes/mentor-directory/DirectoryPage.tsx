import { Alert, Button, Checkbox, Collapse, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconAdjustments, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { DirectoryEntry } from '../../../domain/mentor-directory/api';
import { useDirectory, useFacets } from '../../api/mentor-directory';
import { BackLink } from '../../components/DetailQuery';
import { Loading } from '../../components/Loading';
import { availabilityOptions } from './labels';
import { MentorEntryCard } from './MentorEntryCard';
import { RequestModal } from './RequestModal';
import { SuggestionsPanel } from './SuggestionsPanel';

type Filters = { skill: string | null; challenge: string | null; industry: string | null; language: string | null; region: string | null; availability: string | null; role: string; openToTeens: boolean };
const NONE: Filters = { skill: null, challenge: null, industry: null, language: null, region: null, availability: null, role: '', openToTeens: false };

/** Find a mentor: search and filter everyone who listed a mentor profile, and ask one. */
export function DirectoryPage() {
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [f, setF] = useState<Filters>(NONE);
  const [debouncedRole] = useDebouncedValue(f.role, 300);
  const [more, { toggle }] = useDisclosure(false);
  const [asking, setAsking] = useState<{ e: DirectoryEntry; areas?: string[] } | null>(null);
  const facets = useFacets();
  const list = useDirectory({
    q: debouncedQ.trim() || undefined,
    skill: f.skill ?? undefined,
    challenge: f.challenge ?? undefined,
    industry: f.industry ?? undefined,
    language: f.language ?? undefined,
    region: f.region ?? undefined,
    availability: (f.availability ?? undefined) as 'open' | undefined,
    role: debouncedRole.trim() || undefined,
    openToTeens: f.openToTeens ? 'true' : undefined,
  });
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => setF((s) => ({ ...s, [k]: v }));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = debouncedQ.trim() !== '' || JSON.stringify(f) !== JSON.stringify(NONE);
  const select = (k: 'skill' | 'challenge' | 'industry' | 'language' | 'region', label: string, data: string[] | undefined) => (
    <Select label={label} placeholder="Any" searchable clearable data={data ?? []} value={f[k]} onChange={(v) => set(k, v)} nothingFoundMessage="Nobody lists that yet" />
  );

  return (
    <Stack gap="lg">
      <BackLink to="/mentoring" label="Mentoring" />
      <div>
        <Title order={1} size="h2">Find a mentor</Title>
        <Text c="dimmed">People on Trellis who offer to mentor: search what they have honed and overcome, then ask with a kind, specific note.</Text>
      </div>
      <SuggestionsPanel onAsk={(e, areas) => setAsking({ e, areas })} />
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label="Search mentors"
              placeholder="Skill, challenge, role, name…"
              leftSection={<IconSearch size={16} />}
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
              style={{ flex: '2 1 240px' }}
            />
            <div style={{ flex: '1 1 180px' }}>{select('skill', 'Skill honed', facets.data?.skills)}</div>
            <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={toggle} aria-expanded={more}>
              {more ? 'Fewer filters' : 'More filters'}
            </Button>
          </Group>
          <Collapse expanded={more}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} pt="xs">
              {select('challenge', 'Challenge overcome', facets.data?.challenges)}
              {select('industry', 'Industry', facets.data?.industries)}
              <TextInput label="Role" placeholder="e.g. engineering manager" value={f.role} onChange={(e) => set('role', e.currentTarget.value)} />
              {select('language', 'Language', facets.data?.languages)}
              {select('region', 'Region', facets.data?.regions)}
              <Select label="Availability" placeholder="Any" clearable data={availabilityOptions} value={f.availability} onChange={(v) => set('availability', v)} />
              <Checkbox label="Open to mentoring teens" checked={f.openToTeens} onChange={(e) => set('openToTeens', e.currentTarget.checked)} mt="md" />
            </SimpleGrid>
          </Collapse>
          {filtered && (
            <Group>
              <Button variant="subtle" size="compact-sm" onClick={() => { setQ(''); setF(NONE); }}>Clear search and filters</Button>
            </Group>
          )}
        </Stack>
      </Paper>

      {list.isPending && <Loading label="Loading mentors" />}
      {list.error && <Alert color="red" role="alert" title="The directory could not be loaded">{list.error.message}</Alert>}
      {list.data && items.length === 0 && (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="xs">
            <Title order={2} size="h4">{filtered ? 'No mentor matches' : 'Nobody has listed a mentor profile yet'}</Title>
            <Text size="sm">
              {filtered
                ? 'Try fewer filters or other words. Skills are matched as the mentors wrote them.'
                : 'Be the first: offering an hour a month helps someone a few steps behind you. Meanwhile, send your wish list to trusted colleagues for introductions.'}
            </Text>
          </Stack>
        </Paper>
      )}
      {items.length > 0 && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">{items.length}{list.hasNextPage ? '+' : ''} mentor{items.length === 1 ? '' : 's'}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {items.map((e) => <MentorEntryCard key={e.id} e={e} onAsk={(x) => setAsking({ e: x })} />)}
          </SimpleGrid>
          {list.hasNextPage && (
            <Group justify="center">
              <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>Show more mentors</Button>
            </Group>
          )}
        </Stack>
      )}
      <RequestModal mentor={asking?.e ?? null} areas={asking?.areas} onClose={() => setAsking(null)} />
    </Stack>
  );
}
