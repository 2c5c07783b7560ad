import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CommitmentResponse,
  CompleteFollowUpBody,
  CreateCommitmentBody,
  CreateHabitBody,
  FollowUpItem,
  TemplateResponse,
  TodayResponse,
  UpdateCommitmentBody,
  UpdateFollowThroughSettingsBody,
  followThroughSettingsResponse,
  habitResponse,
  renderTemplateBody,
  renderedTemplateResponse,
  snoozeFollowUpBody,
} from '../../domain/follow-through/api';
import type { CreateFindBody, FindListResponse, FindResponse, UpdateFindBody } from '../../domain/follow-through/finds-api';
import type { CalendarFeedResponse, DigestPreview, MailDetail, MailList } from '../../domain/notifications/api';
import { api } from './client';

export type Habit = z.infer<typeof habitResponse>;
export type RenderBody = z.input<typeof renderTemplateBody>;
export type Rendered = z.infer<typeof renderedTemplateResponse>;
export type FollowThroughSettings = z.infer<typeof followThroughSettingsResponse>;
export type SnoozeBody = z.input<typeof snoozeFollowUpBody>;
export type CommitmentList = { items: CommitmentResponse[]; nextCursor: string | null };
export type CommitmentActionSegment = 'nudge' | 'complete' | 'thank' | 'reopen' | 'thank-introducer';

export const ftKeys = {
  all: ['follow-through'] as const,
  today: ['follow-through', 'today'] as const,
  commitments: ['follow-through', 'commitments'] as const,
  habits: ['follow-through', 'habits'] as const,
  templates: ['follow-through', 'templates'] as const,
  settings: ['follow-through', 'settings'] as const,
  finds: ['follow-through', 'finds'] as const,
  mail: ['notifications', 'mail'] as const,
};

/** Follow-through changes touch Today, the ledger, habits and the network's timelines. */
function useInvalidate() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: ftKeys.all }), qc.invalidateQueries({ queryKey: ['network'] })]);
}

export function useToday() {
  // Network writes (logging an interaction, editing a contact) invalidate these queries too.
  return useQuery({ queryKey: ftKeys.today, queryFn: () => api<TodayResponse>('GET', '/today'), refetchOnMount: 'always' });
}

type FollowUpAction =
  | { id: string; action: 'done'; body?: CompleteFollowUpBody }
  | { id: string; action: 'snooze'; body: SnoozeBody }
  | { id: string; action: 'skip'; body: { reason: string } }
  | { id: string; action: 'reopen' };

export function useFollowUpAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: FollowUpAction) => api<FollowUpItem>('POST', `/follow-ups/${a.id}/${a.action}`, 'body' in a ? (a.body ?? {}) : undefined),
    onSuccess: () => void invalidate(),
  });
}

export function useCommitments() {
  return useQuery({ queryKey: ftKeys.commitments, queryFn: () => api<CommitmentList>('GET', '/commitments?limit=200') });
}

export function useSaveCommitment() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CreateCommitmentBody | UpdateCommitmentBody }) =>
      id ? api<CommitmentResponse>('PATCH', `/commitments/${id}`, body) : api<CommitmentResponse>('POST', '/commitments', body),
    onSuccess: () => void invalidate(),
  });
}

export function useCommitmentAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: CommitmentActionSegment | 'drop'; reason?: string }) =>
      api<CommitmentResponse>('POST', `/commitments/${id}/${action}`, action === 'drop' ? { reason } : undefined),
    onSuccess: () => void invalidate(),
  });
}

export function useDeleteCommitment() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<void>('DELETE', `/commitments/${id}`), onSuccess: () => void invalidate() });
}

/** Saving a find adds share items to Today; editing one matches its topics again. */
export function useSaveFind() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CreateFindBody | UpdateFindBody }) =>
      id ? api<FindResponse>('PATCH', `/finds/${id}`, body) : api<FindResponse>('POST', '/finds', body),
    onSuccess: () => void invalidate(),
  });
}

export const FINDS_PAGE_SIZE = 20;

/** Saved finds, newest first, a page at a time. */
export function useFinds() {
  return useInfiniteQuery({
    queryKey: ftKeys.finds,
    queryFn: ({ pageParam }) => api<FindListResponse>('GET', `/finds?limit=${FINDS_PAGE_SIZE}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useDeleteFind() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<void>('DELETE', `/finds/${id}`), onSuccess: () => void invalidate() });
}

export function useHabits() {
  return useQuery({ queryKey: ftKeys.habits, queryFn: () => api<{ items: Habit[] }>('GET', '/habits') });
}

export function useSaveHabit() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CreateHabitBody }) => (id ? api<Habit>('PATCH', `/habits/${id}`, body) : api<Habit>('POST', '/habits', body)),
    onSuccess: () => void invalidate(),
  });
}

export function useDeleteHabit() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<void>('DELETE', `/habits/${id}`), onSuccess: () => void invalidate() });
}

export function useTemplates() {
  return useQuery({ queryKey: ftKeys.templates, queryFn: () => api<{ items: TemplateResponse[] }>('GET', '/templates'), staleTime: 30_000 });
}

export type TemplateBody = { name: string; subject: string | null; body: string };

export function useSaveTemplate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Partial<TemplateBody> }) =>
      id ? api<TemplateResponse>('PATCH', `/templates/${encodeURIComponent(id)}`, body) : api<TemplateResponse>('POST', '/templates', body),
    onSuccess: () => void invalidate(),
  });
}

export function useTemplateCommand() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, command }: { id: string; command: 'reset' | 'delete' }): Promise<void> => {
      if (command === 'reset') await api<TemplateResponse>('POST', `/templates/${encodeURIComponent(id)}/reset`);
      else await api<void>('DELETE', `/templates/${encodeURIComponent(id)}`);
    },
    onSuccess: () => void invalidate(),
  });
}

export function useRenderTemplate(id: string | null, body: RenderBody) {
  return useQuery({
    queryKey: ['follow-through', 'render', id, body],
    queryFn: () => api<Rendered>('POST', `/templates/${encodeURIComponent(id ?? '')}/render`, body),
    enabled: Boolean(id),
    staleTime: Infinity,
  });
}

export function useFollowThroughSettings() {
  return useQuery({ queryKey: ftKeys.settings, queryFn: () => api<FollowThroughSettings>('GET', '/follow-through/settings') });
}

export function useSaveFollowThroughSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateFollowThroughSettingsBody) => api<FollowThroughSettings>('PATCH', '/follow-through/settings', body),
    onSuccess: (s) => {
      qc.setQueryData(ftKeys.settings, s);
      void qc.invalidateQueries({ queryKey: ftKeys.all });
    },
  });
}

export function useMailList() {
  return useQuery({ queryKey: ftKeys.mail, queryFn: () => api<MailList>('GET', '/mail?limit=20') });
}

export function useMail(id: string | null) {
  return useQuery({ queryKey: [...ftKeys.mail, id], queryFn: () => api<MailDetail>('GET', `/mail/${id}`), enabled: Boolean(id) });
}

export function useDigestPreview(enabled: boolean) {
  return useQuery({ queryKey: ['notifications', 'digest'], queryFn: () => api<DigestPreview>('GET', '/digest/preview'), enabled, staleTime: 0 });
}

/** GET /calendar creates the feed on first call; only that answer (or a rotation) carries the URL. */
export function useCalendarFeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (rotate: boolean) => (rotate ? api<CalendarFeedResponse>('POST', '/calendar/rotate') : api<CalendarFeedResponse>('GET', '/calendar')),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['notifications', 'calendar'] }),
  });
}
