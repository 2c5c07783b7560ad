import { z } from 'zod';
import { columnMappingSchema, IMPORT_FORMATS } from './contact-fields';
import { contactResponse } from './api';
import { meResponse } from '../accounts/schemas';

/**
 * Schemas of the import, export, duplicate and merge API (/api/v1/imports, /exports,
 * /contacts/duplicates, /contacts/merge). The upload itself is multipart/form-data, so the
 * server validates its fields with `importFields` by hand rather than through Fastify.
 */

export { IMPORT_FORMATS };
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const mappingJson = z
  .string()
  .max(20_000)
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'mapping must be a JSON object such as {"E-mail":"email"}' });
      return z.NEVER;
    }
  })
  .pipe(columnMappingSchema);

export const importFields = z.object({
  format: z.enum(IMPORT_FORMATS, { message: `format must be one of ${IMPORT_FORMATS.join(', ')}` }),
  mapping: mappingJson.optional(),
  dryRun: z
    .enum(['true', 'false', '1', '0'], { message: 'dryRun must be true or false' })
    .transform((v) => v === 'true' || v === '1')
    .default(false),
  progressId: z.uuid({ message: 'progressId must be a UUID' }).optional(),
});
export type ImportFields = z.output<typeof importFields>;

/**
 * The multipart body as OpenAPI shows it. Documentation only: the route reads the parts itself
 * and validates the text fields with `importFields`.
 */
export const importMultipartBody = z.object({
  file: z.string().meta({ format: 'binary', description: `The export file, UTF-8, at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB` }),
  format: z.enum(IMPORT_FORMATS),
  mapping: z.string().optional().meta({ description: 'For format=csv: JSON object mapping column header to field, e.g. {"E-mail":"email"}' }),
  dryRun: z.enum(['true', 'false']).optional().meta({ description: 'Parse and match only; nothing is saved (the wizard preview)' }),
  progressId: z.uuid().optional().meta({ description: 'Client-chosen id; poll GET /imports/progress/{progressId} while the upload runs' }),
});

export const MATCH_REASONS = ['email', 'linkedin', 'name_company'] as const;

export const importReportResponse = z.object({
  /** Null on a dry run: nothing was stored. */
  id: z.string().nullable(),
  format: z.enum(IMPORT_FORMATS),
  filename: z.string().nullable(),
  totalRows: z.number().int(),
  created: z.number().int(),
  merged: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  skippedRows: z.array(z.object({ rowNumber: z.number().int(), reason: z.string() })),
  /** On a dry run, a contactId of a contact the file itself would create is a placeholder. */
  mergedRows: z.array(
    z.object({ rowNumber: z.number().int(), contactId: z.string(), displayName: z.string(), matchedOn: z.enum(MATCH_REASONS) }),
  ),
  warnings: z.array(z.object({ rowNumber: z.number().int(), message: z.string() })),
  dryRun: z.boolean(),
  createdAt: z.string().nullable(),
});
export type ImportReport = z.infer<typeof importReportResponse>;

export const importListResponse = z.object({ items: z.array(importReportResponse), nextCursor: z.string().nullable() });
export const listImportsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});

export const IMPORT_PHASES = ['parsing', 'matching', 'saving', 'done', 'failed'] as const;
export const importProgressResponse = z.object({
  phase: z.enum(IMPORT_PHASES),
  processed: z.number().int(),
  total: z.number().int(),
});
export type ImportProgress = z.infer<typeof importProgressResponse>;

export const progressParams = z.object({ progressId: z.uuid({ message: 'Not a valid progress id' }) });
export const importIdParams = z.object({ id: z.uuid({ message: 'Not a valid import id' }) });

export const duplicateListResponse = z.object({
  items: z.array(
    z.object({
      a: contactResponse,
      b: contactResponse,
      reason: z.enum(['same e-mail', 'same LinkedIn', 'same name and company', 'similar name']),
    }),
  ),
  /** All pairs found; items holds the strongest of them. */
  total: z.number().int(),
});

export const mergeContactsBody = z
  .object({
    keepId: z.uuid({ message: 'Not a valid contact id' }),
    mergeId: z.uuid({ message: 'Not a valid contact id' }),
  })
  .refine((b) => b.keepId !== b.mergeId, { message: 'Choose two different contacts', path: ['mergeId'] });

export const accountExportResponse = z.object({
  version: z.number().int(),
  exportedAt: z.string(),
  profile: meResponse,
  contacts: z.array(contactResponse),
  interactions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      occurredAt: z.string(),
      summary: z.string().nullable(),
      topics: z.array(z.string()),
      participants: z.array(z.object({ contactId: z.string(), displayName: z.string(), role: z.string().nullable() })),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
  imports: z.array(importReportResponse),
});
