import { z } from 'zod';

/**
 * Field schemas the rooms' API schemas share. (The server also refuses NUL in any request
 * before validation, see src/server/nul-guard.ts; the refine keeps these schemas honest
 * wherever else they are used.)
 */

/** PostgreSQL text cannot hold NUL. */
export const noNul = (s: string) => !s.includes('\u0000');
export const NUL_MESSAGE = 'Remove the invisible control character (NUL)';

export const isoDate = z.iso.date({ message: 'Use YYYY-MM-DD' });

/** Trimmed text up to `max` characters; null, absent or '' (stored as null) allowed. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .refine(noNul, NUL_MESSAGE)
    .max(max, `${label} is too long (at most ${max} characters)`)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));
