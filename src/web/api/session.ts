import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, SessionResponse, SignupBody } from '../../domain/accounts/schemas';
import { api, ApiError, setCsrfToken } from './client';

export const meKey = ['me'] as const;

async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const s = await api<SessionResponse>('GET', '/me');
    setCsrfToken(s.csrfToken);
    return s;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

/** The logged-in user, or null when logged out. */
export function useSession() {
  return useQuery({ queryKey: meKey, queryFn: fetchSession, staleTime: 60_000, retry: false });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api<SessionResponse>('POST', '/auth/login', body),
    onSuccess: (s) => {
      setCsrfToken(s.csrfToken);
      qc.setQueryData(meKey, s);
    },
  });
}

export function useSignup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SignupBody) => api<SessionResponse>('POST', '/auth/signup', body),
    onSuccess: (s) => {
      setCsrfToken(s.csrfToken);
      qc.setQueryData(meKey, s);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('POST', '/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(meKey, null);
    },
  });
}
