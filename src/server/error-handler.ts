import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type FieldError, type Problem, ProblemError, problemType } from './errors';

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

export function sendProblem(reply: FastifyReply, problem: Problem, headers?: Record<string, string>) {
  if (headers) reply.headers(headers);
  return reply
    .code(problem.status)
    .type(PROBLEM_JSON)
    .serializer((p: unknown) => JSON.stringify(p))
    .send({ ...problem, requestId: String(reply.request.id) });
}

function make(status: number, code: string, title: string, detail: string, errors?: FieldError[]): Problem {
  return { type: problemType(code), title, status, detail, code, ...(errors ? { errors } : {}) };
}

/** Fastify's own 4xx errors (body parsing, limits, media types) mapped to stable codes. */
function frameworkProblem(err: FastifyError): Problem | null {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return make(400, 'malformed_json', 'Malformed JSON', 'The request body is not valid JSON.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return make(413, 'body_too_large', 'Request body too large', 'The request body exceeds the size limit.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return make(415, 'unsupported_media_type', 'Unsupported media type', 'Send the body as application/json.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return make(400, 'bad_content_length', 'Bad Content-Length', 'The Content-Length header does not match the body.');
  }
  if (err.statusCode === 429) {
    return make(429, 'rate_limited', 'Too many requests', 'Too many requests from your address. Wait a minute and try again.');
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return make(err.statusCode, 'bad_request', 'Bad request', err.message);
  }
  return null;
}

/**
 * Errors Fastify raises before any route or hook runs (Fastify's `frameworkErrors` option): a path
 * segment that is not valid percent-encoding, or one longer than the router takes. Without this
 * they were answered as Fastify's plain JSON, not problem+json.
 */
export function frameworkErrors(err: FastifyError, _req: FastifyRequest, reply: FastifyReply) {
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') return sendProblem(reply, make(414, 'url_too_long', 'URL too long', 'A part of the URL is longer than any id or token this API uses.'));
  if (err.code === 'FST_ERR_BAD_URL') return sendProblem(reply, make(400, 'bad_url', 'Bad URL', 'The URL is not valid: check its percent-encoding.'));
  return sendProblem(reply, frameworkProblem(err) ?? make(400, 'bad_request', 'Bad request', err.message));
}

function formatPath(path: readonly string[], where: string): string {
  const p = path.join('.');
  return where === 'body' ? p : p ? `${where}.${p}` : where;
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof ProblemError) return sendProblem(reply, err.toProblem(), err.headers);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const errors = err.validation.map((v) => ({
        path: formatPath(v.instancePath.split('/').filter(Boolean), where),
        message: v.message ?? 'Invalid value',
      }));
      const detail = errors.length === 1 ? `${errors[0]!.path || where}: ${errors[0]!.message}` : `${errors.length} fields are invalid.`;
      return sendProblem(reply, make(400, 'validation_error', 'Your request has invalid fields', detail, errors));
    }
    if (!isResponseSerializationError(err)) {
      const known = frameworkProblem(err);
      if (known) {
        const headers: Record<string, string> = {};
        const retry = reply.getHeader('retry-after');
        if (retry !== undefined) headers['retry-after'] = String(retry);
        return sendProblem(reply, known, headers);
      }
    }
    req.log.error({ err, reqId: req.id }, 'unexpected error');
    return sendProblem(
      reply,
      make(500, 'internal_error', 'Something went wrong', `An unexpected error occurred. Quote request id ${req.id} when reporting it.`),
    );
  });

  app.setNotFoundHandler((req, reply) =>
    sendProblem(reply, make(404, 'route_not_found', 'Not found', `No route ${req.method} ${req.url.split('?')[0]}.`)),
  );
}
