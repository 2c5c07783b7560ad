import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMatchedListings } from './api';
import { ListingList } from './ListingList';

/** Jobs for you: open listings of all your programs, best match with your goals first, and what you saved. */
export function JobsPage() {
  const [tab, setTab] = useState<'for-you' | 'saved'>('for-you');
  const query = useMatchedListings(null, tab === 'saved');
  const terms = query.data?.pages[0]?.goalTerms ?? [];
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">Jobs</Title>
        <Text c="dimmed">
          Jobs, internships, apprenticeships, volunteering and shadow days your programs’ mentors share.{' '}
          {terms.length > 0 ? `Best match with your goals first (${terms.slice(0, 6).join(', ')}${terms.length > 6 ? '…' : ''}).` : 'Add areas of growth to your program profile or goals to your mentoring, and the best matches come first.'}
        </Text>
      </div>
      <SegmentedControl value={tab} onChange={(v) => setTab(v as 'for-you' | 'saved')} data={[{ value: 'for-you', label: 'For you' }, { value: 'saved', label: 'Saved & applied' }]} maw={360} aria-label="Which listings" />
      <ListingList
        query={query}
        showProgram
        label={tab === 'saved' ? 'saved listings' : 'listings for you'}
        empty={
          tab === 'saved' ? (
            'Nothing saved yet. Save a listing to come back to it; mark it applied and Today reminds you to follow up.'
          ) : (
            <>No open listings in your programs yet. Listings appear here when mentors of your <Link to="/programs">programs</Link> post them.</>
          )
        }
      />
    </Stack>
  );
}
