import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query';
import type { ListingResponse, MatchedListing } from '../../../domain/job-board/api';
import { Loading } from '../../components/Loading';
import { ListingCard } from './ListingCard';

type Page = { items: (ListingResponse | MatchedListing)[]; nextCursor: string | null };

/** A paged list of listings: loading, error, empty state, cards, and "Show more" for the next keyset page. */
export function ListingList({ query, empty, showProgram, onEdit, label }: {
  query: UseInfiniteQueryResult<InfiniteData<Page>>;
  empty: React.ReactNode;
  showProgram?: boolean;
  onEdit?: (l: ListingResponse) => void;
  label: string;
}) {
  if (query.isPending) return <Loading label={`Loading ${label}`} />;
  if (query.error) return <Alert color="red" role="alert">{query.error.message}</Alert>;
  const items = query.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <Center py="lg"><Text c="dimmed" ta="center" maw={420}>{empty}</Text></Center>;
  return (
    <Stack gap="sm" aria-label={label} role="list">
      {items.map((l) => (
        <div role="listitem" key={l.id}><ListingCard l={l} showProgram={showProgram} onEdit={onEdit} /></div>
      ))}
      {query.hasNextPage && (
        <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          Show more
        </Button>
      )}
    </Stack>
  );
}
