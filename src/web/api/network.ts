import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Contact,
  CreateContactBody,
  CreateInteractionBody,
  Interaction,
  UpdateContactBody,
  UpdateInteractionBody,
} from '../../domain/network/api';
import type { duplicateListResponse, ImportReport } from '../../domain/network/import-api';
import { api } from './client';

/** Filters of the contact list, as sent to GET /contacts. */
export type ContactFilters = {
  q?: string;
  circle?: string[];
  tag?: string[];
  starred?: boolean;
  employer?: 'inside' | 'outside';
  lastContactedBefore?: string;
  sort?: string;
};
export type ContactPage = { items: Contact[]; nextCursor: string | null; total: number };
export type InteractionPage = { items: Interaction[]; nextCursor: string | null };
export type DuplicatePairs = z.infer<typeof duplicateListResponse>;
export type ImportPage = { items: ImportReport[]; nextCursor: string | null };

export const networkKeys = {
  all: ['network'] as const,
  contacts: ['network', 'contacts'] as const,
  contactList: (f: ContactFilters) => ['network', 'contacts', 'list', f] as const,
  contact: (id: string) => ['network', 'contacts', 'one', id] as const,
  tags: ['network', 'contacts', 'tags'] as const,
  interactions: ['network', 'interactions'] as const,
  timeline: (contactId: string) => ['network', 'interactions', contactId] as const,
  duplicates: ['network', 'contacts', 'duplicates'] as const,
  imports: ['network', 'imports'] as const,
};

export function contactQueryString(f: ContactFilters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  if (f.q?.trim()) params.set('q', f.q.trim());
  if (f.circle?.length) params.set('circle', f.circle.join(','));
  if (f.tag?.length) params.set('tag', f.tag.join(','));
  if (f.starred) params.set('starred', 'true');
  if (f.employer) params.set('employer', f.employer);
  if (f.lastContactedBefore) params.set('lastContactedBefore', f.lastContactedBefore);
  if (f.sort) params.set('sort', f.sort);
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function useContactList(filters: ContactFilters) {
  return useInfiniteQuery({
    queryKey: networkKeys.contactList(filters),
    queryFn: ({ pageParam }) => api<ContactPage>('GET', `/contacts${contactQueryString(filters, { limit: '50', cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** A small search for pickers (the log-interaction people field). */
export function useContactSearch(q: string) {
  return useQuery({
    queryKey: ['network', 'contacts', 'search', q],
    queryFn: () => api<ContactPage>('GET', `/contacts${contactQueryString({ q }, { limit: '20' })}`),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useContact(id: string) {
  return useQuery({ queryKey: networkKeys.contact(id), queryFn: () => api<Contact>('GET', `/contacts/${id}`) });
}

export function useContactTags() {
  return useQuery({
    queryKey: networkKeys.tags,
    queryFn: () => api<{ items: { tag: string; count: number }[] }>('GET', '/contacts/tags'),
    staleTime: 60_000,
  });
}

export function useTimeline(contactId: string) {
  return useInfiniteQuery({
    queryKey: networkKeys.timeline(contactId),
    queryFn: ({ pageParam }) =>
      api<InteractionPage>('GET', `/interactions?contactId=${encodeURIComponent(contactId)}&limit=20${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * Any change to contacts or interactions: refetch every list, page and timeline of the network room,
 * and Today, since logging an interaction closes or creates follow-ups (thank-yous, cadences).
 */
function useInvalidateNetwork() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: networkKeys.all }), qc.invalidateQueries({ queryKey: ['follow-through'] })]);
}

export function useSaveContact() {
  const invalidate = useInvalidateNetwork();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CreateContactBody | UpdateContactBody }) =>
      id ? api<Contact>('PATCH', `/contacts/${id}`, body) : api<Contact>('POST', '/contacts', body),
    onSuccess: (c) => {
      qc.setQueryData(networkKeys.contact(c.id), c);
      void invalidate();
    },
  });
}

export function useSetStarred() {
  const invalidate = useInvalidateNetwork();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, starred }: { id: string; starred: boolean }) => api<Contact>('PATCH', `/contacts/${id}`, { starred }),
    onSuccess: (c) => {
      qc.setQueryData(networkKeys.contact(c.id), c);
      void invalidate();
    },
  });
}

export function useDeleteContact() {
  const invalidate = useInvalidateNetwork();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/contacts/${id}`),
    onSuccess: () => void invalidate(),
  });
}

export function useRestoreContact() {
  const invalidate = useInvalidateNetwork();
  return useMutation({
    mutationFn: (id: string) => api<Contact>('POST', `/contacts/${id}/restore`),
    onSuccess: () => void invalidate(),
  });
}

export function useCreateInteraction() {
  const invalidate = useInvalidateNetwork();
  return useMutation({
    mutationFn: (body: CreateInteractionBody) => api<Interaction>('POST', '/interactions', body),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateInteraction() {
  const invalidate = useInvalidateNetwork();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateInteractionBody }) => api<Interaction>('PATCH', `/interactions/${id}`, body),
    onSuccess: () => void invalidate(),
  });
}

export function useDeleteInteraction() {
  const invalidate = useInvalidateNetwork();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/interactions/${id}`),
    onSuccess: () => void invalidate(),
  });
}

export function useDuplicates() {
  return useQuery({ queryKey: networkKeys.duplicates, queryFn: () => api<DuplicatePairs>('GET', '/contacts/duplicates') });
}

export function useMergeContacts() {
  const invalidate = useInvalidateNetwork();
  return useMutation({
    mutationFn: (body: { keepId: string; mergeId: string }) => api<Contact>('POST', '/contacts/merge', body),
    onSuccess: () => void invalidate(),
  });
}

/** Earlier imports, newest first, ten at a time. */
export function useImportHistory() {
  return useInfiniteQuery({
    queryKey: networkKeys.imports,
    queryFn: ({ pageParam }) => api<ImportPage>('GET', `/imports?limit=10${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
