import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AcceptAgreementBody,
  ActionItemResponse,
  AgreementResponse,
  BoardResponse,
  CreateActionItemBody,
  CreateGoalBody,
  CreateMeetingBody,
  CreateMentorshipBody,
  GoalPostBody,
  GoalResponse,
  MeetingResponse,
  MentorshipResponse,
  MentorshipSummary,
  OpenActionItem,
  ReviseAgreementBody,
  UpdateActionItemBody,
  UpdateGoalBody,
  UpdateMentorshipBody,
  WishListBody,
  WishListResponse,
} from '../../domain/mentoring/api';
import { api } from './client';

type List<T> = { items: T[]; nextCursor: string | null };

export const mentoringKeys = {
  all: ['mentoring'] as const,
  mentors: ['mentoring', 'mentors'] as const,
  one: (id: string) => ['mentoring', 'mentor', id] as const,
  board: ['mentoring', 'board'] as const,
  goals: ['mentoring', 'goals'] as const,
  actionItems: ['mentoring', 'action-items'] as const,
  wishList: ['mentoring', 'wish-list'] as const,
};

export const useMentorships = () => useQuery({ queryKey: mentoringKeys.mentors, queryFn: () => api<List<MentorshipSummary>>('GET', '/mentorships') });
export const useMentorship = (id: string) =>
  useQuery({ queryKey: mentoringKeys.one(id), queryFn: () => api<MentorshipResponse>('GET', `/mentorships/${id}`), retry: (n, err) => (err as { status?: number }).status !== 404 && n < 2 });
export const useBoard = () => useQuery({ queryKey: mentoringKeys.board, queryFn: () => api<BoardResponse>('GET', '/mentorships/board') });
export const useGoals = () => useQuery({ queryKey: mentoringKeys.goals, queryFn: () => api<List<GoalResponse>>('GET', '/mentoring-goals') });
export const useOpenActionItems = () => useQuery({ queryKey: mentoringKeys.actionItems, queryFn: () => api<List<OpenActionItem>>('GET', '/mentoring-action-items') });
export const useWishList = () => useQuery({ queryKey: mentoringKeys.wishList, queryFn: () => api<WishListResponse>('GET', '/mentor-wish-list') });

/** Every mentoring write refreshes the room (lists, board, action items) and the network (new contacts). */
function useWrite<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void Promise.all([qc.invalidateQueries({ queryKey: mentoringKeys.all }), qc.invalidateQueries({ queryKey: ['network'] })]),
  });
}

export const useCreateMentorship = () => useWrite((body: CreateMentorshipBody) => api<MentorshipResponse>('POST', '/mentorships', body));
export const useUpdateMentorship = () => useWrite(({ id, body }: { id: string; body: UpdateMentorshipBody }) => api<MentorshipResponse>('PATCH', `/mentorships/${id}`, body));
export const useDeleteMentorship = () => useWrite((id: string) => api<void>('DELETE', `/mentorships/${id}`));

export const useCreateGoal = () => useWrite((body: CreateGoalBody) => api<GoalResponse>('POST', '/mentoring-goals', body));
export const useUpdateGoal = () => useWrite(({ id, body }: { id: string; body: UpdateGoalBody }) => api<GoalResponse>('PATCH', `/mentoring-goals/${id}`, body));
export const useDeleteGoal = () => useWrite((id: string) => api<void>('DELETE', `/mentoring-goals/${id}`));
export const usePostOnGoal = () => useWrite(({ id, body }: { id: string; body: GoalPostBody }) => api<GoalResponse>('POST', `/mentoring-goals/${id}/posts`, body));

export const useCreateMeeting = () => useWrite(({ mentorshipId, body }: { mentorshipId: string; body: CreateMeetingBody }) => api<MeetingResponse>('POST', `/mentorships/${mentorshipId}/meetings`, body));
export const useDeleteMeeting = () => useWrite((id: string) => api<void>('DELETE', `/mentoring-meetings/${id}`));
export const useAddActionItem = () => useWrite(({ meetingId, body }: { meetingId: string; body: CreateActionItemBody }) => api<ActionItemResponse>('POST', `/mentoring-meetings/${meetingId}/action-items`, body));
export const useDeleteActionItem = () => useWrite((id: string) => api<void>('DELETE', `/mentoring-action-items/${id}`));
export const useUpdateActionItem = () => useWrite(({ id, body }: { id: string; body: UpdateActionItemBody }) => api<ActionItemResponse>('PATCH', `/mentoring-action-items/${id}`, body));

export const useReviseAgreement = () => useWrite(({ mentorshipId, body }: { mentorshipId: string; body: ReviseAgreementBody }) => api<AgreementResponse>('POST', `/mentorships/${mentorshipId}/agreement`, body));
export const useAcceptAgreement = () => useWrite(({ mentorshipId, body }: { mentorshipId: string; body: AcceptAgreementBody }) => api<AgreementResponse>('POST', `/mentorships/${mentorshipId}/agreement/accept`, body));

export const useSaveWishList = () => useWrite((body: WishListBody) => api<WishListResponse>('PUT', '/mentor-wish-list', body));
export const useRotateWishList = () => useWrite(() => api<WishListResponse>('POST', '/mentor-wish-list/rotate'));
