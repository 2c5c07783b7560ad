import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { InboxCountResponse, InboxItem, InboxListResponse, InboxPreferences, InboxPreferencesBody } from '../../../domain/inbox/api';
import { api } from '../../api/client';

export const inboxKeys = {
  all: ['inbox'] as const,
  count: ['inbox', 'count'] as const,
  latest: ['inbox', 'latest'] as const,
  page: (unread: boolean) => ['inbox', 'page', unread] as const,
  preferences: ['inbox-preferences'] as const,
};

/** The bell polls every minute, and when the window gets focus again (off app-wide in main.tsx, on here). */
const POLL_MS = 60_000;

export const useInboxCount = () =>
  useQuery({ queryKey: inboxKeys.count, queryFn: () => api<InboxCountResponse>('GET', '/inbox/count'), refetchInterval: POLL_MS, refetchOnWindowFocus: 'always' });

export const useInboxLatest = (enabled: boolean) =>
  useQuery({ queryKey: inboxKeys.latest, queryFn: () => api<InboxListResponse>('GET', '/inbox?limit=8'), enabled });

export const useInboxPages = (unread: boolean) =>
  useInfiniteQuery({
    queryKey: inboxKeys.page(unread),
    queryFn: ({ pageParam }) => api<InboxListResponse>('GET', `/inbox?limit=20${unread ? '&unread=true' : ''}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: POLL_MS,
  });

export const refreshInbox = (qc: QueryClient) => qc.invalidateQueries({ queryKey: inboxKeys.all });

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; read: boolean }) => api<InboxItem>('PATCH', `/inbox/${v.id}`, { read: v.read }),
    onSuccess: () => refreshInbox(qc),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (upTo?: string) => api<{ marked: number }>('POST', '/inbox/read-all', upTo ? { upTo } : {}),
    onSuccess: () => refreshInbox(qc),
  });
}

export function useDeleteItem() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/inbox/${id}`),
    onSuccess: () => refreshInbox(qc),
  });
}

export const restoreItem = (id: string) => api<InboxItem>('POST', `/inbox/${id}/restore`);

export const useInboxPreferences = () => useQuery({ queryKey: inboxKeys.preferences, queryFn: () => api<InboxPreferences>('GET', '/inbox/preferences') });

export function useSaveInboxPreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: InboxPreferencesBody) => api<InboxPreferences>('PUT', '/inbox/preferences', body),
    onSuccess: (data) => qc.setQueryData(inboxKeys.preferences, data),
  });
}
