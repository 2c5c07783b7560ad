import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MatchingMode } from '../../../domain/programs/self-service';
import type { CreateSelfServiceRequestBody, MentorChoiceResponse, SelfServiceOverview, SelfServiceRequestResponse } from '../../../domain/programs/self-service-api';
import { api } from '../../api/client';
import { programKeys } from './api';

/** Typed hooks of self-service matching; every change refreshes the whole program (matches show on Overview). */
export const selfServiceKeys = {
  overview: (id: string) => ['programs', 'self-service', id] as const,
  mentors: (id: string) => ['programs', 'self-service', id, 'mentors'] as const,
};

export const useSelfService = (programId: string) => useQuery({ queryKey: selfServiceKeys.overview(programId), queryFn: () => api<SelfServiceOverview>('GET', `/programs/${programId}/self-service`) });
/** The "Choose a mentor" filters, applied by the server. */
export type MentorFilters = { q: string; language: string | null; hideFull: boolean };
export const MENTOR_PAGE = 20;

function mentorsPath(programId: string, f: MentorFilters, cursor: string | null) {
  const params = new URLSearchParams({ limit: String(MENTOR_PAGE) });
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.language) params.set('language', f.language);
  if (f.hideFull) params.set('hideFull', 'true');
  if (cursor) params.set('cursor', cursor);
  return `/programs/${programId}/self-service/mentors?${params.toString()}`;
}

/** One page at a time ("Show more" asks for the next); while new filters load, the last list stays on screen. */
export const useMentorChoice = (programId: string, filters: MentorFilters, enabled: boolean) =>
  useInfiniteQuery({
    queryKey: [...selfServiceKeys.mentors(programId), filters],
    queryFn: ({ pageParam }) => api<MentorChoiceResponse>('GET', mentorsPath(programId, filters, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    enabled,
  });

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: programKeys.all });
}

export function useSetMatchingMode(programId: string) {
  const qc = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (mode: MatchingMode) => api<SelfServiceOverview>('PUT', `/programs/${programId}/self-service/mode`, { mode }),
    onSuccess: (o) => {
      qc.setQueryData(selfServiceKeys.overview(programId), o);
      return refresh();
    },
  });
}
export function useAskMentor(programId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: CreateSelfServiceRequestBody) => api<SelfServiceRequestResponse>('POST', `/programs/${programId}/self-service/requests`, body), onSuccess: refresh });
}
export type RequestAnswer = 'accept' | 'decline' | 'approve' | 'reject';
export function useAnswerRequest() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, answer, text }: { id: string; answer: RequestAnswer; text: string | null }) =>
      api<SelfServiceRequestResponse>('POST', `/self-service-requests/${id}/${answer}`, answer === 'accept' || answer === 'decline' ? { message: text ?? '' } : { note: text }),
    onSuccess: refresh,
  });
}
export function useWithdrawSelfService() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => api<SelfServiceRequestResponse>('POST', `/self-service-requests/${id}/withdraw`), onSuccess: refresh });
}
