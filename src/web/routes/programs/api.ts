import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AlumniInvitationsResponse,
  ApplicationBody,
  ApplicationResponse,
  CohortResponse,
  CreateCohortBody,
  CreateInvitationBody,
  CreateProgramBody,
  GuardianConsentBody,
  HealthResponse,
  invitationPreview,
  invitationResponse,
  MatchRunResponse,
  MemberResponse,
  ProgramResponse,
  ProgramSummary,
  RunMatchBody,
  ScreeningBody,
  UpdateMemberBody,
  UpdateProgramBody,
} from '../../../domain/programs/api';
import { api } from '../../api/client';

/** Typed hooks of the programs API. */
type List<T> = { items: T[]; nextCursor: string | null };
export type Invitation = z.infer<typeof invitationResponse>;
export type InvitationPreview = z.infer<typeof invitationPreview>;
export type Organization = { id: string; name: string; createdAt: string };

export const programKeys = {
  all: ['programs'] as const,
  list: ['programs', 'list'] as const,
  orgs: ['programs', 'orgs'] as const,
  one: (id: string) => ['programs', 'one', id] as const,
  members: (id: string) => ['programs', 'members', id] as const,
  invitations: (id: string) => ['programs', 'invitations', id] as const,
  applications: (id: string) => ['programs', 'applications', id] as const,
  application: (id: string) => ['programs', 'application', id] as const,
  latestRun: (cohortId: string) => ['programs', 'latest-run', cohortId] as const,
  health: (id: string) => ['programs', 'health', id] as const,
  invitation: (token: string) => ['programs', 'invitation', token] as const,
};

const no404Retry = (n: number, err: Error) => (err as { status?: number }).status !== 404 && n < 2;

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: programKeys.all });
}

export const usePrograms = () => useQuery({ queryKey: programKeys.list, queryFn: () => api<List<ProgramSummary>>('GET', '/programs') });
export const useOrganizations = () => useQuery({ queryKey: programKeys.orgs, queryFn: () => api<List<Organization>>('GET', '/organizations') });
export const useProgram = (id: string) => useQuery({ queryKey: programKeys.one(id), queryFn: () => api<ProgramResponse>('GET', `/programs/${id}`), retry: no404Retry });
export const useMembers = (id: string) => useQuery({ queryKey: programKeys.members(id), queryFn: () => api<List<MemberResponse>>('GET', `/programs/${id}/members?limit=500`) });
export const useInvitations = (id: string, enabled: boolean) => useQuery({ queryKey: programKeys.invitations(id), queryFn: () => api<List<Invitation>>('GET', `/programs/${id}/invitations`), enabled });
export const useApplications = (id: string, enabled: boolean) => useQuery({ queryKey: programKeys.applications(id), queryFn: () => api<List<ApplicationResponse>>('GET', `/programs/${id}/applications?limit=500`), enabled });
export const useApplication = (id: string | null) => useQuery({ queryKey: programKeys.application(id ?? ''), queryFn: () => api<ApplicationResponse>('GET', `/mentor-applications/${id}`), enabled: id !== null });
export const useLatestRun = (cohortId: string | null) =>
  useQuery({ queryKey: programKeys.latestRun(cohortId ?? ''), queryFn: () => api<{ run: MatchRunResponse | null }>('GET', `/cohorts/${cohortId}/match-runs/latest`), enabled: cohortId !== null });
export const useHealth = (id: string, enabled: boolean) => useQuery({ queryKey: programKeys.health(id), queryFn: () => api<HealthResponse>('GET', `/programs/${id}/health`), enabled });
export const useInvitationPreview = (token: string) => useQuery({ queryKey: programKeys.invitation(token), queryFn: () => api<InvitationPreview>('GET', `/invitations/${token}`), retry: no404Retry });

export function useCreateOrganization() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (name: string) => api<Organization>('POST', '/organizations', { name }), onSuccess: invalidate });
}
export function useCreateProgram() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: ({ orgId, body }: { orgId: string; body: CreateProgramBody }) => api<ProgramResponse>('POST', `/organizations/${orgId}/programs`, body), onSuccess: invalidate });
}
export function useCreateCohort(programId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: CreateCohortBody) => api<CohortResponse>('POST', `/programs/${programId}/cohorts`, body), onSuccess: invalidate });
}
export function useInvite(programId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: CreateInvitationBody) => api<Invitation>('POST', `/programs/${programId}/invitations`, body), onSuccess: invalidate });
}
export function useRevokeInvitation() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<void>('DELETE', `/program-invitations/${id}`), onSuccess: invalidate });
}
export function useAcceptInvitation(token: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: () => api<{ programId: string }>('POST', `/invitations/${token}/accept`), onSuccess: invalidate });
}
export function useUpdateMember() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: UpdateMemberBody }) => api<MemberResponse>('PATCH', `/program-members/${id}`, body), onSuccess: invalidate });
}
export function useRemoveMember() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<void>('DELETE', `/program-members/${id}`), onSuccess: invalidate });
}
export function useRecordConsent() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: GuardianConsentBody }) => api<MemberResponse>('PUT', `/program-members/${id}/guardian-consent`, body), onSuccess: invalidate });
}
export function useApply(programId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: ApplicationBody) => api<ApplicationResponse>('PUT', `/programs/${programId}/application`, body), onSuccess: invalidate });
}
export function useScreen() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: ScreeningBody }) => api<ApplicationResponse>('PUT', `/mentor-applications/${id}/screening`, body), onSuccess: invalidate });
}
export function useRunMatch(cohortId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RunMatchBody) => api<MatchRunResponse>('POST', `/cohorts/${cohortId}/match-runs`, body),
    onSuccess: (run) => qc.setQueryData(programKeys.latestRun(cohortId), { run }),
  });
}
export function usePublishRun() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: ({ id, pairCount }: { id: string; pairCount: number }) => api<MatchRunResponse>('POST', `/match-runs/${id}/publish`, { pairCount }), onSuccess: invalidate });
}
export const useMember = (id: string) => useQuery({ queryKey: ['programs', 'member', id], queryFn: () => api<MemberResponse>('GET', `/program-members/${id}`) });
export function useUpdateProgram(programId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: UpdateProgramBody) => api<ProgramResponse>('PATCH', `/programs/${programId}`, body), onSuccess: invalidate });
}

export function useInviteAlumni(programId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (cohortId: string) => api<AlumniInvitationsResponse>('POST', `/cohorts/${cohortId}/alumni-invitations`),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: programKeys.health(programId) }), qc.invalidateQueries({ queryKey: programKeys.invitations(programId) })]),
  });
}
