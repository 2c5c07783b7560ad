import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateListingBody, ListingResponse, MatchedListing, UpdateListingBody } from '../../../domain/job-board/api';
import type { InterestState } from '../../../domain/job-board/rules';
import { api } from '../../api/client';

/** Typed hooks of the job board API. */
type List<T> = { items: T[]; nextCursor: string | null };
export type ProgramView = 'open' | 'pending' | 'closed' | 'mine';

export const jobKeys = {
  all: ['job-board'] as const,
  program: (id: string, view: ProgramView) => ['job-board', 'program', id, view] as const,
  matched: (programId: string | null, saved: boolean) => ['job-board', 'matched', programId ?? 'all', saved] as const,
};

const qs = (p: Record<string, string | undefined>) => {
  const s = new URLSearchParams(Object.entries(p).filter((e): e is [string, string] => e[1] !== undefined)).toString();
  return s ? `?${s}` : '';
};

export const useProgramListings = (programId: string, view: ProgramView) =>
  useInfiniteQuery({
    queryKey: jobKeys.program(programId, view),
    queryFn: ({ pageParam }) => api<List<ListingResponse>>('GET', `/programs/${programId}/job-listings${qs({ view, limit: '20', cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useMatchedListings = (programId: string | null, saved: boolean) =>
  useInfiniteQuery({
    queryKey: jobKeys.matched(programId, saved),
    queryFn: ({ pageParam }) =>
      api<List<MatchedListing> & { goalTerms: string[] }>('GET', `/job-listings/matched${qs({ programId: programId ?? undefined, saved: saved ? 'true' : undefined, limit: '20', cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: jobKeys.all });
}

export function useCreateListing(programId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: CreateListingBody) => api<ListingResponse>('POST', `/programs/${programId}/job-listings`, body), onSuccess: invalidate });
}
export function useUpdateListing() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: UpdateListingBody }) => api<ListingResponse>('PATCH', `/job-listings/${id}`, body), onSuccess: invalidate });
}
export function useDeleteListing() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<null>('DELETE', `/job-listings/${id}`), onSuccess: invalidate });
}
export function useApproveListing() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<ListingResponse>('POST', `/job-listings/${id}/approve`), onSuccess: invalidate });
}
export function useMarkListing() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, state }: { id: string; state: InterestState | null }) => api<ListingResponse>('PUT', `/job-listings/${id}/interest`, { state }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: jobKeys.all }), qc.invalidateQueries({ queryKey: ['today'] }), qc.invalidateQueries({ queryKey: ['follow-through'] })]),
  });
}
