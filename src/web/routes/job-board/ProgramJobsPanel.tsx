import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ListingResponse } from '../../../domain/job-board/api';
import type { ProgramResponse } from '../../../domain/programs/api';
import { needsApproval } from '../../../domain/job-board/rules';
import { useMatchedListings, useProgramListings, type ProgramView } from './api';
import { ListingFormModal } from './ListingFormModal';
import { ListingList } from './ListingList';

const EMPTY: Record<ProgramView, string> = {
  open: 'No open listings yet. Mentors and coordinators post jobs, internships, apprenticeships, volunteering and shadow days here.',
  pending: 'Nothing is waiting for approval.',
  closed: 'No closed listings.',
  mine: 'You have not posted a listing yet.',
};

/** A program's Jobs tab: mentees see open listings ranked by their goals; mentors and coordinators post and manage. */
export function ProgramJobsPanel({ p }: { p: ProgramResponse }) {
  const coordinator = p.myRoles.includes('coordinator');
  const poster = coordinator || p.myRoles.includes('mentor');
  const mentee = p.myRoles.includes('mentee');
  const [view, setView] = useState<ProgramView>(coordinator && p.participantsAreMinors ? 'pending' : 'open');
  const [form, setForm] = useState<{ editing: ListingResponse | null } | null>(null);
  const matched = useMatchedListings(p.id, false);
  const listings = useProgramListings(p.id, view);
  const terms = matched.data?.pages[0]?.goalTerms ?? [];
  const views = [
    { value: 'open', label: 'Open' },
    ...(coordinator || p.participantsAreMinors ? [{ value: 'pending', label: coordinator ? 'To approve' : 'Waiting' }] : []),
    { value: 'closed', label: 'Closed' },
    { value: 'mine', label: 'Mine' },
  ];
  return (
    <Stack gap="lg">
      {mentee && (
        <Stack gap="sm">
          <div>
            <Title order={2} size="h4">Matched to your goals</Title>
            <Text size="sm" c="dimmed">
              {terms.length > 0 ? `Best match first, from your areas of growth and goals: ${terms.slice(0, 8).join(', ')}${terms.length > 8 ? '…' : ''}.` : 'Add your areas of growth on the Overview tab, and listings that fit come first.'}
            </Text>
          </div>
          <ListingList query={matched} label="listings matched to your goals" empty="No open listings yet. Your mentors post them here; check back soon." />
        </Stack>
      )}
      {(poster || !mentee) && (
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Title order={2} size="h4">{poster ? 'Listings' : 'Open listings'}</Title>
            {poster && <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ editing: null })}>Post a listing</Button>}
          </Group>
          {poster && <SegmentedControl value={view} onChange={(v) => setView(v as ProgramView)} data={views} aria-label="Which listings" fullWidth maw={480} />}
          <ListingList query={listings} label={`${view} listings`} empty={EMPTY[view]} onEdit={(l) => setForm({ editing: l })} />
        </Stack>
      )}
      {poster && (
        <ListingFormModal
          programId={p.id}
          opened={form !== null}
          editing={form?.editing ?? null}
          onClose={() => setForm(null)}
          needsApproval={needsApproval(p, coordinator)}
        />
      )}
    </Stack>
  );
}
