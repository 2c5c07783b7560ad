import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddPeopleMetResponse,
  AttendanceResponse,
  CreateEventBody,
  EditScope,
  EventList,
  EventResponse,
  PeopleMetResponse,
  ProgramAttendance,
  RsvpBody,
  UpdateEventBody,
} from '../../../domain/events/api';
import type { CancelPreview, EditReach } from '../../../domain/events/reach';
import { api } from '../../api/client';

/** Typed hooks of the events API. */
export const eventKeys = {
  all: ['events'] as const,
  program: (programId: string, when: 'upcoming' | 'past') => ['events', 'program', programId, when] as const,
  one: (id: string) => ['events', 'one', id] as const,
  mine: ['events', 'mine'] as const,
  attendance: (id: string) => ['events', 'attendance', id] as const,
  chart: (programId: string) => ['events', 'chart', programId] as const,
  met: (id: string) => ['events', 'met', id] as const,
  cancelPreview: (id: string, scope: 'this' | 'series') => ['events', 'cancel-preview', id, scope] as const,
  editReach: (id: string) => ['events', 'edit-reach', id] as const,
};

const no404Retry = (n: number, err: Error) => (err as { status?: number }).status !== 404 && n < 2;

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: eventKeys.all });
}

export const useProgramEvents = (programId: string, when: 'upcoming' | 'past') =>
  useQuery({ queryKey: eventKeys.program(programId, when), queryFn: () => api<EventList>('GET', `/programs/${programId}/events?when=${when}&limit=100`) });
export const useEvent = (id: string) => useQuery({ queryKey: eventKeys.one(id), queryFn: () => api<EventResponse>('GET', `/events/${id}`), retry: no404Retry });
export const useMyEvents = () => useQuery({ queryKey: eventKeys.mine, queryFn: () => api<EventList>('GET', '/my-events') });
/** The door list a page at a time: searched on the server (any member, for walk-ins) or the expected / everyone list. */
export const useAttendance = (id: string, q: string, show: 'expected' | 'everyone') =>
  useInfiniteQuery({
    queryKey: [...eventKeys.attendance(id), q, show] as const,
    queryFn: ({ pageParam }) =>
      api<AttendanceResponse>('GET', `/events/${id}/attendance?${new URLSearchParams({ show, ...(q ? { q } : {}), ...(pageParam ? { cursor: pageParam } : {}) }).toString()}`),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    retry: no404Retry,
  });
export const useAttendanceChart = (programId: string, enabled: boolean) =>
  useQuery({ queryKey: eventKeys.chart(programId), queryFn: () => api<ProgramAttendance>('GET', `/programs/${programId}/event-attendance`), enabled });
export const usePeopleMet = (id: string, enabled: boolean) =>
  useQuery({ queryKey: eventKeys.met(id), queryFn: () => api<PeopleMetResponse>('GET', `/events/${id}/people-met`), enabled });

/** What a cancel would do, counted by the server; asked afresh each time the dialog opens. */
export const useCancelPreview = (id: string, scope: 'this' | 'series', enabled: boolean) =>
  useQuery({ queryKey: eventKeys.cancelPreview(id, scope), queryFn: () => api<CancelPreview>('GET', `/events/${id}/cancel-preview?scope=${scope}`), enabled, staleTime: 0, gcTime: 0, retry: no404Retry });

/** How many other occurrences an edit of this one reaches (following / all), counted by the server. */
export const useEditReach = (id: string, enabled: boolean) =>
  useQuery({ queryKey: eventKeys.editReach(id), queryFn: () => api<EditReach>('GET', `/events/${id}/edit-reach`), enabled, staleTime: 0, retry: no404Retry });

export function useCreateEvent(programId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: CreateEventBody) => api<EventResponse>('POST', `/programs/${programId}/events`, body), onSuccess: invalidate });
}
export function useUpdateEvent(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: ({ body, scope = 'this' }: { body: UpdateEventBody; scope?: EditScope }) => api<EventResponse>('PATCH', `/events/${id}?scope=${scope}`, body), onSuccess: invalidate });
}
export function useCancelEvent(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (scope: 'this' | 'series' = 'this') => api<EventResponse>('POST', `/events/${id}/cancel?scope=${scope}`), onSuccess: invalidate });
}
export function useRsvp(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: RsvpBody) => api<EventResponse>('POST', `/events/${id}/rsvp`, body), onSuccess: invalidate });
}
export function useCheckIn(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, listed }: { memberId: string; listed?: boolean }) => api<AttendanceResponse>('POST', `/events/${id}/check-ins`, { memberId, listed }),
    onSuccess: () => qc.invalidateQueries({ queryKey: eventKeys.attendance(id) }),
  });
}
export function useUndoCheckIn(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => api<void>('DELETE', `/events/${id}/check-ins/${memberId}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: eventKeys.attendance(id) }),
  });
}
export function useAddPeopleMet(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (memberIds: string[]) => api<AddPeopleMetResponse>('POST', `/events/${id}/people-met`, { memberIds }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: eventKeys.met(id) });
      void qc.invalidateQueries({ queryKey: ['contacts'] });
    },
  });
}
export function useSetListing(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (listed: boolean) => api<EventResponse>('PUT', `/events/${id}/listing`, { listed }), onSuccess: invalidate });
}
