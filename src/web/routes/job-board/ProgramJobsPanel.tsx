import { Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ListingResponse } from '../../../domain/job-board/api';
import type { ProgramResponse } from '../../../domain/programs/api';
import { needsApproval } from '../../../domain/job-board/rules';
import { useMatchedListings, useProgramListings, type ProgramView } from './api';
import { ListingFormModal } from './ListingFormModal';
import { ListingList } from './ListingList';

type View = ProgramView | 'for_you';

const EMPTY: Record<View, string> = {
  for_you: 'No open listings yet. Your mentors post them here; check back soon.',
  open: 'No open listings yet. Mentors and coordinators post jobs, internships, apprenticeships, volunteering and shadow days here.',
  pending: 'Nothing is waiting for approval.',
  closed: 'No closed listings.',
  mine: 'You have not posted a listing yet.',
};

/**
 * A program's Jobs tab. Mentees start on "For you" (open listings ranked by their goals, with why
 * they match); mentors and coordinators post, and switch between open, waiting, closed and their own.
 */
export function ProgramJobsPanel({ p }: { p: ProgramResponse }) {
  const coordinator = p.myRoles.includes('coordinator');
  const poster = coordinator || p.myRoles.includes('mentor');
  const mentee = p.myRoles.includes('mentee');
  // Five segments do not fit a phone: there the views are a select.
  const narrow = useMediaQuery('(max-width: 36em)');
  const [view, setView] = useState<View>(mentee ? 'for_you' : coordinator && p.participantsAreMinors ? 'pending' : 'open');
  const [form, setForm] = useState<{ editing: ListingResponse | null } | null>(null);
  const matched = useMatchedListings(p.id, false);
  const listings = useProgramListings(p.id, view === 'for_you' ? 'open' : view);
  const terms = matched.data?.pages[0]?.goalTerms ?? [];
  const views = [
    ...(mentee ? [{ value: 'for_you', label: 'For you' }] : []),
    { value: 'open', label: mentee ? 'All open' : 'Open' },
    ...(poster && (coordinator || p.participantsAreMinors) ? [{ value: 'pending', label: coordinator ? 'To approve' : 'Waiting' }] : []),
    ...(poster ? [{ value: 'closed', label: 'Closed' }, { value: 'mine', label: 'Mine' }] : []),
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        {views.length <= 1 ? (
          <span />
        ) : narrow && views.length > 3 ? (
          <Select aria-label="Which listings" data={views} value={view} onChange={(v) => v && setView(v as View)} allowDeselect={false} w={170} />
        ) : (
          <SegmentedControl value={view} onChange={(v) => setView(v as View)} data={views} aria-label="Which listings" />
        )}
        {poster && <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ editing: null })}>Post a listing</Button>}
      </Group>
      {view === 'for_you' ? (
        <>
          <Text size="sm" c="dimmed">
            {terms.length > 0 ? `Best match first, from your areas of growth and goals: ${terms.slice(0, 8).join(', ')}${terms.length > 8 ? '…' : ''}.` : 'Add your areas of growth on the Overview tab, and listings that fit come first.'}
          </Text>
          <ListingList query={matched} label="listings matched to your goals" empty={EMPTY.for_you} onEdit={(l) => setForm({ editing: l })} />
        </>
      ) : (
        <ListingList query={listings} label={`${view} listings`} empty={EMPTY[view]} onEdit={(l) => setForm({ editing: l })} />
      )}
      {poster && (
        <ListingFormModal programId={p.id} opened={form !== null} editing={form?.editing ?? null} onClose={() => setForm(null)} needsApproval={needsApproval(p, coordinator)} />
      )}
    </Stack>
  );
}
