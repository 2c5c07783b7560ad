import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateRequestBody,
  DirectoryQuery,
  DirectoryResponse,
  FacetsResponse,
  GoalCommentBody,
  MenteeDetail,
  MenteeSummary,
  MentorProfileBody,
  MentorProfileResponse,
  RequestCountsResponse,
  RequestResponse,
  RespondBody,
  SuggestionsResponse,
  ThreadPostBody,
} from '../../domain/mentor-directory/api';
import type { MentorshipResponse } from '../../domain/mentoring/api';
import { api } from './client';

type List<T> = { items: T[]; nextCursor: string | null };

/** Under the mentoring key: every mentoring write refreshes the mentor's side too, and the other way round. */
export const mentorSideKeys = {
  all: ['mentoring', 'mentor-side'] as const,
  profile: ['mentoring', 'mentor-side', 'profile'] as const,
  directory: (q: Record<string, string>) => ['mentoring', 'mentor-side', 'directory', q] as const,
  facets: ['mentoring', 'mentor-side', 'facets'] as const,
  suggestions: (skills: string, industry: string) => ['mentoring', 'mentor-side', 'suggestions', skills, industry] as const,
  requests: (box: 'incoming' | 'outgoing') => ['mentoring', 'mentor-side', 'requests', box] as const,
  counts: ['mentoring', 'mentor-side', 'counts'] as const,
  mentees: ['mentoring', 'mentor-side', 'mentees'] as const,
  mentee: (id: string) => ['mentoring', 'mentor-side', 'mentee', id] as const,
};

const qs = (q: Record<string, string | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
};

export const useMentorProfile = () => useQuery({ queryKey: mentorSideKeys.profile, queryFn: () => api<MentorProfileResponse>('GET', '/mentor-profile') });

export const useDirectory = (q: Omit<DirectoryQuery, 'limit' | 'cursor'> & Record<string, string | undefined>) => {
  const clean = Object.fromEntries(Object.entries(q).filter(([, v]) => v)) as Record<string, string>;
  return useInfiniteQuery({
    queryKey: mentorSideKeys.directory(clean),
    queryFn: ({ pageParam }) => api<DirectoryResponse>('GET', `/mentor-directory${qs({ ...clean, limit: '12', cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
};
export const useFacets = () => useQuery({ queryKey: mentorSideKeys.facets, queryFn: () => api<FacetsResponse>('GET', '/mentor-directory/facets'), staleTime: 60_000 });
export const useSuggestions = (skills: string, industry: string) =>
  useQuery({ queryKey: mentorSideKeys.suggestions(skills, industry), queryFn: () => api<SuggestionsResponse>('GET', `/mentor-directory/suggestions${qs({ skills, industry })}`) });

export const useRequests = (box: 'incoming' | 'outgoing') =>
  useInfiniteQuery({
    queryKey: mentorSideKeys.requests(box),
    queryFn: ({ pageParam }) => api<List<RequestResponse>>('GET', `/mentor-requests${qs({ box, limit: '20', cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
/** The badge: requests waiting for your answer. Polled, since Trellis has no in-app notifications. */
export const useRequestCounts = () =>
  useQuery({ queryKey: mentorSideKeys.counts, queryFn: () => api<RequestCountsResponse>('GET', '/mentor-requests/counts'), refetchInterval: 60_000 });

export const useMentees = () => useQuery({ queryKey: mentorSideKeys.mentees, queryFn: () => api<List<MenteeSummary>>('GET', '/my-mentees?limit=50') });
export const useMentee = (id: string) =>
  useQuery({ queryKey: mentorSideKeys.mentee(id), queryFn: () => api<MenteeDetail>('GET', `/my-mentees/${id}`), retry: (n, err) => (err as { status?: number }).status !== 404 && n < 2 });

function useWrite<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void Promise.all([qc.invalidateQueries({ queryKey: ['mentoring'] }), qc.invalidateQueries({ queryKey: ['network'] })]),
  });
}

export const useSaveMentorProfile = () => useWrite((body: MentorProfileBody) => api<MentorProfileResponse>('PUT', '/mentor-profile', body));
export const useDeleteMentorProfile = () => useWrite(() => api<void>('DELETE', '/mentor-profile'));
export const useSendRequest = () => useWrite((body: CreateRequestBody) => api<RequestResponse>('POST', '/mentor-requests', body));
export const useRespond = () =>
  useWrite(({ id, answer, body }: { id: string; answer: 'accept' | 'decline'; body: RespondBody }) => api<RequestResponse>('POST', `/mentor-requests/${id}/${answer}`, body));
export const useWithdrawRequest = () => useWrite((id: string) => api<RequestResponse>('POST', `/mentor-requests/${id}/withdraw`));
export const useCommentOnGoal = () =>
  useWrite(({ id, goalId, body }: { id: string; goalId: string; body: GoalCommentBody }) => api<MenteeDetail>('POST', `/my-mentees/${id}/goals/${goalId}/comments`, body));
export const useMentorActionItem = () =>
  useWrite(({ id, itemId, done }: { id: string; itemId: string; done: boolean }) => api<MenteeDetail>('PATCH', `/my-mentees/${id}/action-items/${itemId}`, { done }));
export const useAcceptAsMentor = () => useWrite((id: string) => api<MenteeDetail>('POST', `/my-mentees/${id}/agreement/accept`));
export const useMentorThreadPost = () => useWrite(({ id, body }: { id: string; body: ThreadPostBody }) => api<MenteeDetail>('POST', `/my-mentees/${id}/thread`, body));
export const useMenteeThreadPost = () =>
  useWrite(({ mentorshipId, body }: { mentorshipId: string; body: ThreadPostBody }) => api<List<MentorshipResponse['thread'][number]>>('POST', `/mentorships/${mentorshipId}/thread`, body));
