/** Who is calling: resolved once per request from the session cookie or a bearer token. */
export type Actor = {
  userId: string;
  isAdmin: boolean;
  via: 'session' | 'token';
  /** Present for cookie sessions: the hash identifying the session row, and its CSRF secret. */
  sessionIdHash?: string;
  csrfToken?: string;
};

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes are private unless they opt out here (signup, login, health, docs). */
    public?: boolean;
  }
}
