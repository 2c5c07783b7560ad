import { z } from 'zod';
import { isKnownTimeZone } from './time-zone';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'E-mail address is too long')
  .pipe(z.email({ message: 'Enter a valid e-mail address' }))
  .transform((e) => e.toLowerCase());

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`);

export const nameSchema = z.string().trim().min(1, 'Name is required').max(120, 'Name is too long');

export const timeZoneSchema = z
  .string()
  .refine(isKnownTimeZone, { message: 'Unknown time zone; use an IANA name such as Europe/Berlin' });

export const signupBody = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema,
  timezone: timeZoneSchema.optional(),
});
export type SignupBody = z.input<typeof signupBody>;

export const loginBody = z.object({
  email: z.string().trim().min(1, 'E-mail is required').max(254).transform((e) => e.toLowerCase()),
  password: z.string().min(1, 'Password is required').max(PASSWORD_MAX),
});
export type LoginBody = z.input<typeof loginBody>;

export const updateMeBody = z
  .object({ name: nameSchema.optional(), timezone: timeZoneSchema.optional() })
  .refine((b) => b.name !== undefined || b.timezone !== undefined, {
    message: 'Send at least one of name, timezone',
  });
export type UpdateMeBody = z.input<typeof updateMeBody>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Current password is required').max(PASSWORD_MAX),
  newPassword: passwordSchema,
});
export type ChangePasswordBody = z.input<typeof changePasswordBody>;

export const deleteAccountBody = z.object({
  password: z.string().min(1, 'Enter your password to confirm').max(PASSWORD_MAX),
});

export const meResponse = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  timezone: z.string(),
  isAdmin: z.boolean(),
  createdAt: z.string(),
});
export type Me = z.infer<typeof meResponse>;

export const sessionResponse = z.object({
  user: meResponse,
  /** Send back as the X-CSRF-Token header on cookie-authenticated writes. */
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

export const createTokenBody = z.object({
  name: z.string().trim().min(1, 'Give the token a name').max(80, 'Name is too long'),
});

export const tokenResponse = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof tokenResponse>;

export const createdTokenResponse = tokenResponse.extend({
  /** The secret itself; shown once, never retrievable again. */
  token: z.string(),
});

export const sessionInfoResponse = z.object({
  id: z.string(),
  current: z.boolean(),
  userAgent: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
});
export type SessionInfo = z.infer<typeof sessionInfoResponse>;

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const idParams = z.object({ id: z.uuid({ message: 'Not a valid id' }) });
