import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
export const useMentorChoice = (programId: string, enabled: boolean) =>
  useQuery({ queryKey: selfServiceKeys.mentors(programId), queryFn: () => api<MentorChoiceResponse>('GET', `/programs/${programId}/self-service/mentors`), enabled });

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
