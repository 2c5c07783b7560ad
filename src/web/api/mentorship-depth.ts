import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatePrepBody, HoldPrepBody, PrepResponse, PrepSuggestionBody, UpdatePrepBody } from '../../domain/mentoring/interview-prep-api';
import type { AnswerShadowBody, CreateShadowBody, ShadowResponse } from '../../domain/mentoring/shadow-api';
import type { CloseMentorshipBody, HealthItem, PayItForwardResponse, ReflectionResponse } from '../../domain/mentoring/health-api';
import type { MentorProfileResponse } from '../../domain/mentor-directory/api';
import type { BankQuestion } from '../../domain/mentoring/interview-prep';
import { api } from './client';

/** Mentorship depth: interview preparation, shadow-a-day, quiet relationships, closure (both sides). */
type List<T> = { items: T[]; nextCursor: string | null };

export const depthKeys = {
  preps: ['mentoring', 'depth', 'preps'] as const,
  prep: (id: string) => ['mentoring', 'depth', 'prep', id] as const,
  bank: ['mentoring', 'depth', 'bank'] as const,
  health: ['mentoring', 'depth', 'health'] as const,
  shadows: (mentorshipId: string) => ['mentoring', 'depth', 'shadows', mentorshipId] as const,
  reflection: (who: string, id: string) => ['mentoring', 'depth', 'reflection', who, id] as const,
  payItForward: (id: string) => ['mentoring', 'depth', 'pay-it-forward', id] as const,
  menteePreps: (id: string) => ['mentoring', 'depth', 'mentee-preps', id] as const,
  menteeShadows: (id: string) => ['mentoring', 'depth', 'mentee-shadows', id] as const,
};

const no404Retry = (n: number, err: Error) => (err as { status?: number }).status !== 404 && n < 2;

export const usePreps = () => useQuery({ queryKey: depthKeys.preps, queryFn: () => api<List<PrepResponse>>('GET', '/interview-preps?limit=50') });
export const usePrep = (id: string) => useQuery({ queryKey: depthKeys.prep(id), queryFn: () => api<PrepResponse>('GET', `/interview-preps/${id}`), retry: no404Retry });
export const useQuestionBank = () =>
  useQuery({ queryKey: depthKeys.bank, queryFn: () => api<{ likely: BankQuestion[]; toAsk: BankQuestion[] }>('GET', '/interview-preps/question-bank'), staleTime: Infinity });
export const useMentorshipHealth = () => useQuery({ queryKey: depthKeys.health, queryFn: () => api<List<HealthItem>>('GET', '/mentorships/health') });
export const useShadows = (mentorshipId: string) => useQuery({ queryKey: depthKeys.shadows(mentorshipId), queryFn: () => api<List<ShadowResponse>>('GET', `/mentorships/${mentorshipId}/shadow-requests`) });
export const useReflection = (id: string, side: 'mentee' | 'mentor', enabled = true) =>
  useQuery({
    queryKey: depthKeys.reflection(side, id),
    queryFn: () => api<ReflectionResponse>('GET', side === 'mentee' ? `/mentorships/${id}/reflection` : `/my-mentees/${id}/reflection`),
    enabled,
  });
export const usePayItForward = (id: string, enabled: boolean) =>
  useQuery({ queryKey: depthKeys.payItForward(id), queryFn: () => api<PayItForwardResponse>('GET', `/mentorships/${id}/pay-it-forward`), enabled });
export const useMenteePreps = (menteeId: string) => useQuery({ queryKey: depthKeys.menteePreps(menteeId), queryFn: () => api<List<PrepResponse>>('GET', `/my-mentees/${menteeId}/interview-preps`) });
export const useMenteeShadows = (menteeId: string) => useQuery({ queryKey: depthKeys.menteeShadows(menteeId), queryFn: () => api<List<ShadowResponse>>('GET', `/my-mentees/${menteeId}/shadow-requests`) });

/** Writes refresh mentoring (both sides), Today and the network (a held interview logs an interaction). */
function useWrite<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      void Promise.all([qc.invalidateQueries({ queryKey: ['mentoring'] }), qc.invalidateQueries({ queryKey: ['follow-through'] }), qc.invalidateQueries({ queryKey: ['network'] })]),
  });
}

export const useCreatePrep = () => useWrite((body: CreatePrepBody) => api<PrepResponse>('POST', '/interview-preps', body));
export const useUpdatePrep = () => useWrite(({ id, body }: { id: string; body: UpdatePrepBody }) => api<PrepResponse>('PATCH', `/interview-preps/${id}`, body));
export const useDeletePrep = () => useWrite((id: string) => api<void>('DELETE', `/interview-preps/${id}`));
export const useHoldPrep = () => useWrite(({ id, body }: { id: string; body: HoldPrepBody }) => api<PrepResponse>('POST', `/interview-preps/${id}/held`, body));
export const useReopenPrep = () => useWrite((id: string) => api<PrepResponse>('POST', `/interview-preps/${id}/reopen`));
export const usePrepComment = () => useWrite(({ id, body }: { id: string; body: string }) => api<PrepResponse>('POST', `/interview-preps/${id}/comments`, { body }));
export const useMentorPrepComment = () =>
  useWrite(({ menteeId, prepId, body }: { menteeId: string; prepId: string; body: string }) => api<PrepResponse>('POST', `/my-mentees/${menteeId}/interview-preps/${prepId}/comments`, { body }));
export const useMentorSuggestion = () =>
  useWrite(({ menteeId, prepId, body }: { menteeId: string; prepId: string; body: PrepSuggestionBody }) => api<PrepResponse>('POST', `/my-mentees/${menteeId}/interview-preps/${prepId}/suggestions`, body));

export const useAskShadow = () => useWrite(({ mentorshipId, body }: { mentorshipId: string; body: CreateShadowBody }) => api<ShadowResponse>('POST', `/mentorships/${mentorshipId}/shadow-requests`, body));
export const useRecordShadowAnswer = () => useWrite(({ id, body }: { id: string; body: AnswerShadowBody }) => api<ShadowResponse>('POST', `/shadow-requests/${id}/answer`, body));
export const useShadowMove = () => useWrite(({ id, move }: { id: string; move: 'withdraw' | 'cancel' }) => api<ShadowResponse>('POST', `/shadow-requests/${id}/${move}`));
export const useMentorShadowAnswer = () =>
  useWrite(({ menteeId, id, body }: { menteeId: string; id: string; body: AnswerShadowBody }) => api<ShadowResponse>('POST', `/my-mentees/${menteeId}/shadow-requests/${id}/answer`, body));
export const useMentorShadowCancel = () => useWrite(({ menteeId, id }: { menteeId: string; id: string }) => api<ShadowResponse>('POST', `/my-mentees/${menteeId}/shadow-requests/${id}/cancel`));

export const useCloseMentorship = () =>
  useWrite(({ id, side, body }: { id: string; side: 'mentee' | 'mentor'; body: CloseMentorshipBody }) => api<ReflectionResponse>('POST', side === 'mentee' ? `/mentorships/${id}/close` : `/my-mentees/${id}/close`, body));
export const useStartMentorProfile = () => useWrite((id: string) => api<MentorProfileResponse>('POST', `/mentorships/${id}/pay-it-forward`));
