import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateInterviewBody,
  InterviewResponse,
  InterviewSummary,
  MoveInterviewBody,
  QuestionResponse,
  ReplaceQuestionsBody,
  StageCounts,
  UpdateInterviewBody,
} from '../../domain/interviews/api';
import type { Stage } from '../../domain/interviews/stages';
import type { renderedTemplateResponse } from '../../domain/follow-through/api';
import { api } from './client';

export type InterviewList = { items: InterviewSummary[]; nextCursor: string | null };
export type QuestionList = { items: QuestionResponse[]; nextCursor: string | null };
export type AskMessage = z.infer<typeof renderedTemplateResponse>;

export const interviewKeys = {
  all: ['interviews'] as const,
  list: ['interviews', 'list'] as const,
  ranking: ['interviews', 'ranking'] as const,
  counts: ['interviews', 'counts'] as const,
  one: (id: string) => ['interviews', 'one', id] as const,
  questions: ['interviews', 'questions'] as const,
  ask: (id: string, topic: string) => ['interviews', 'ask', id, topic] as const,
};

/** Interview writes touch the network (contacts, the logged interaction) and Today (thank-yous). */
function useInvalidate() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: interviewKeys.all }),
      qc.invalidateQueries({ queryKey: ['network'] }),
      qc.invalidateQueries({ queryKey: ['follow-through'] }),
    ]);
}

/** Cards per board column (and per "show more"). */
export const BOARD_PAGE = 20;
const cursorParam = (c: string | undefined) => (c ? `&cursor=${encodeURIComponent(c)}` : '');

/** How many interviews each stage holds: the board's column counts and the page's tab. */
export function useStageCounts() {
  return useQuery({ queryKey: interviewKeys.counts, queryFn: () => api<StageCounts>('GET', '/interviews/stage-counts') });
}

/** One board column (its stages, or every stage for null), newest first, a page at a time. */
export function useStageColumn(stages: readonly Stage[] | null) {
  return useInfiniteQuery({
    queryKey: [...interviewKeys.list, stages ? stages.join(',') : 'all'],
    queryFn: ({ pageParam }) => api<InterviewList>('GET', `/interviews?limit=${BOARD_PAGE}${stages ? `&stage=${stages.join(',')}` : ''}${cursorParam(pageParam)}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Asked interviews whose follow-up day has come (the page's reminder). */
export function useAskedInterviews() {
  return useQuery({ queryKey: [...interviewKeys.list, 'asked-reminder'], queryFn: () => api<InterviewList>('GET', '/interviews?stage=asked&limit=200') });
}

export const RANKING_PAGE = 20;

export function useRanking() {
  return useInfiniteQuery({
    queryKey: interviewKeys.ranking,
    queryFn: ({ pageParam }) => api<InterviewList>('GET', `/interviews/ranking?limit=${RANKING_PAGE}${cursorParam(pageParam)}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useInterview(id: string) {
  return useQuery({ queryKey: interviewKeys.one(id), queryFn: () => api<InterviewResponse>('GET', `/interviews/${id}`), retry: (n, err) => (err as { status?: number }).status !== 404 && n < 2 });
}

export function useQuestionBank() {
  return useQuery({ queryKey: interviewKeys.questions, queryFn: () => api<QuestionList>('GET', '/interview-questions?limit=200') });
}

export function useAskMessage(id: string, topic: string, enabled: boolean) {
  return useQuery({
    queryKey: interviewKeys.ask(id, topic),
    queryFn: () => api<AskMessage>('POST', `/interviews/${id}/ask-message`, topic ? { topic } : {}),
    enabled,
    staleTime: 60_000,
  });
}

/** Writes answer the fresh interview: put it in the cache so the detail page never flickers. */
function useInterviewWrite<V>(fn: (v: V) => Promise<InterviewResponse>) {
  const qc = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: fn,
    onSuccess: (iv) => {
      qc.setQueryData(interviewKeys.one(iv.id), iv);
      void invalidate();
    },
  });
}

export const useCreateInterview = () => useInterviewWrite((body: CreateInterviewBody) => api<InterviewResponse>('POST', '/interviews', body));
export const useUpdateInterview = () =>
  useInterviewWrite(({ id, body }: { id: string; body: UpdateInterviewBody }) => api<InterviewResponse>('PATCH', `/interviews/${id}`, body));
export const useMoveInterview = () =>
  useInterviewWrite(({ id, body }: { id: string; body: MoveInterviewBody }) => api<InterviewResponse>('POST', `/interviews/${id}/stage`, body));
export const useStarInterview = () =>
  useInterviewWrite(({ id, starred }: { id: string; starred: boolean }) => api<InterviewResponse>('POST', `/interviews/${id}/star`, { starred }));
/** Takes back the latest move; `stage` is where it was moved to. */
export const useUndoStageMove = () =>
  useInterviewWrite(({ id, stage }: { id: string; stage: Stage }) => api<InterviewResponse>('POST', `/interviews/${id}/stage/undo`, { stage }));
export const useReplaceQuestions = () =>
  useInterviewWrite(({ id, body }: { id: string; body: ReplaceQuestionsBody }) => api<InterviewResponse>('PUT', `/interviews/${id}/questions`, body));

export function useDeleteInterview() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<void>('DELETE', `/interviews/${id}`), onSuccess: () => void invalidate() });
}

export function useSaveQuestion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text }: { id?: string; text: string }) =>
      id ? api<QuestionResponse>('PATCH', `/interview-questions/${id}`, { text }) : api<QuestionResponse>('POST', '/interview-questions', { text }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: interviewKeys.questions }),
  });
}

export function useDeleteQuestion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/interview-questions/${id}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: interviewKeys.questions }),
  });
}
