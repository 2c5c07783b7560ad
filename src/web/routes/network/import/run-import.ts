import type { ColumnMapping, ImportFormat } from '../../../../domain/network/contact-fields';
import type { ImportProgress, ImportReport } from '../../../../domain/network/import-api';
import { api } from '../../../api/client';
import { uploadForm } from '../../../api/upload';

export type RunProgress =
  | { stage: 'uploading'; loaded: number; total: number }
  | { stage: 'server'; progress: ImportProgress | null };

type Run = { format: ImportFormat; file: File; mapping?: ColumnMapping; dryRun: boolean; onProgress?: (p: RunProgress) => void };

/**
 * POST /imports with the file. For a real import the server's progress is polled every 300 ms
 * (under a client-chosen progressId) from the end of the upload until the response arrives.
 */
export async function runImport({ format, file, mapping, dryRun, onProgress }: Run): Promise<ImportReport> {
  const progressId = uuid();
  const form = new FormData();
  form.set('format', format);
  if (format === 'csv' && mapping) form.set('mapping', JSON.stringify(mapping));
  if (dryRun) form.set('dryRun', 'true');
  form.set('progressId', progressId);
  form.set('file', file, file.name);

  let finished = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = async () => {
    if (finished) return;
    try {
      const p = await api<ImportProgress>('GET', `/imports/progress/${progressId}`);
      if (!finished) onProgress?.({ stage: 'server', progress: p });
    } catch {
      // 404 until the server has started on it; keep polling
    }
    if (!finished) timer = setTimeout(() => void poll(), 300);
  };

  if (!dryRun) timer = setTimeout(() => void poll(), 300);
  try {
    return await uploadForm<ImportReport>('/imports', form, {
      onUploadProgress: (loaded, total) => {
        onProgress?.({ stage: 'uploading', loaded, total });
        // Upload done: the server is parsing; say so until the first progress answer arrives.
        if (total > 0 && loaded >= total && !dryRun) onProgress?.({ stage: 'server', progress: null });
      },
    });
  } finally {
    finished = true;
    if (timer) clearTimeout(timer);
  }
}

/** crypto.randomUUID exists only in secure contexts (https, localhost); plain-http LAN installs need this. */
function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
