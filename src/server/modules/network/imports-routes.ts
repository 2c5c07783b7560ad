import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  importFields,
  importIdParams,
  importListResponse,
  listImportsQuery,
  importMultipartBody,
  importProgressResponse,
  importReportResponse,
  MAX_IMPORT_BYTES,
  progressParams,
} from '../../../domain/network/import-api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canContactImport } from '../../policies/index';
import { badRequest, notFound, ProblemError } from '../../errors';
import type { AppDeps } from '../../app';
import { progressReporter, readProgress } from './import-progress';
import * as svc from './imports-service';

const tags = ['imports'];

type Upload = { bytes: Buffer | null; filename: string | null; fields: Record<string, string> };

const tooLarge = () =>
  new ProblemError(413, 'file_too_large', 'File too large', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.`);

/** Reads every part: the text fields may come before or after the file. */
async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) {
    throw new ProblemError(415, 'unsupported_media_type', 'Unsupported media type', 'Send the upload as multipart/form-data with a "file" part.');
  }
  const upload: Upload = { bytes: null, filename: null, fields: {} };
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || upload.bytes) {
          await part.toBuffer();
          continue;
        }
        upload.bytes = await part.toBuffer();
        upload.filename = part.filename ? part.filename.slice(0, 255) : null;
      } else if (typeof part.value === 'string') {
        upload.fields[part.fieldname] = part.value;
      }
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw err;
  }
  return upload;
}

export const importRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  // Registered inside this plugin so multipart bodies are accepted by these routes only.
  await app.register(multipart, {
    limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, fieldSize: 100_000, parts: 12 },
  });

  app.post(
    '/imports',
    {
      schema: {
        tags,
        summary: 'Import contacts from a LinkedIn, vCard, Google or generic CSV export',
        description:
          'multipart/form-data. Rows are matched to existing contacts on e-mail, then LinkedIn URL, then name + company; ' +
          'matches are merged without losing data. The import is one transaction. With dryRun=true nothing is saved.',
        consumes: ['multipart/form-data'],
        body: importMultipartBody,
        response: { 201: importReportResponse },
      },
      // The body schema documents the form for OpenAPI; the parts are read and validated below.
      validatorCompiler: () => () => ({ value: undefined }),
    },
    async (req, reply) => {
      const actor = requireActor(req);
      allowOr404(canContactImport(actor, 'import', { userId: actor.userId }), 'import');
      const upload = await readUpload(req);
      const fields = importFields.safeParse(upload.fields);
      if (!fields.success) {
        const errors = fields.error.issues.map((i) => ({ path: i.path.join('.') || 'form', message: i.message }));
        throw badRequest(errors.length === 1 ? `${errors[0]!.path}: ${errors[0]!.message}` : `${errors.length} fields are invalid.`, errors);
      }
      if (!upload.bytes) throw badRequest('file: Attach the export file as the "file" part.', [{ path: 'file', message: 'Attach a file' }]);
      const { format, mapping, dryRun, progressId } = fields.data;
      const { report, timings } = await svc.runImport(db, actor.userId, {
        format,
        text: svc.decodeUpload(upload.bytes),
        filename: upload.filename,
        mapping: format === 'csv' ? mapping : undefined,
        dryRun,
        progress: progressReporter(actor.userId, progressId),
      });
      req.log.info({ importId: report.id, rows: report.totalRows, timings }, 'contact import');
      return reply.code(201).send(report);
    },
  );

  app.get(
    '/imports',
    { schema: { tags, summary: 'Import history, newest first, a page at a time', querystring: listImportsQuery, response: { 200: importListResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canContactImport(actor, 'list', { userId: actor.userId }), 'import');
      return svc.listImports(db, actor.userId, req.query);
    },
  );

  app.get(
    '/imports/progress/:progressId',
    {
      schema: {
        tags,
        summary: 'Progress of a running import (kept in memory by the instance running it, for 10 minutes)',
        params: progressParams,
        response: { 200: importProgressResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canContactImport(actor, 'read', { userId: actor.userId }), 'import progress');
      const progress = readProgress(actor.userId, req.params.progressId);
      if (!progress) throw notFound('import progress');
      return progress;
    },
  );

  app.get(
    '/imports/:id',
    { schema: { tags, summary: 'One import with its per-row report', params: importIdParams, response: { 200: importReportResponse } } },
    async (req) => {
      const actor = requireActor(req);
      const row = await svc.findImport(db, actor.userId, req.params.id);
      allowOr404(row !== null && canContactImport(actor, 'read', row), 'import');
      return svc.presentImport(row!);
    },
  );
};
