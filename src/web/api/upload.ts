import { ApiError, getCsrfToken, type Problem } from './client';

export type UploadOptions = {
  /** Called with bytes sent / total while the body is uploading. */
  onUploadProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
};

/**
 * POST multipart/form-data to /api/v1{path}. fetch() cannot report upload
 * progress, so this uses XMLHttpRequest; errors come back as ApiError just like api().
 */
export function uploadForm<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    if (options.onUploadProgress) {
      const report = options.onUploadProgress;
      xhr.upload.onprogress = (e) => report(e.loaded, e.lengthComputable ? e.total : 0);
    }
    const fail = (detail: string, code: string) =>
      reject(new ApiError({ type: code, title: 'Upload failed', status: 0, detail, code }));
    xhr.onerror = () => fail('Cannot reach Trellis. Check your connection and try again.', 'network');
    xhr.onabort = () => fail('The upload was cancelled.', 'aborted');
    xhr.onload = () => {
      let data: unknown = undefined;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        // reported below
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(data as T);
        return;
      }
      const p = data as Partial<Problem> | undefined;
      reject(
        new ApiError({
          type: p?.type ?? 'about:blank',
          title: p?.title ?? xhr.statusText,
          status: xhr.status,
          detail: p?.detail ?? `The server answered ${xhr.status}.`,
          code: p?.code ?? 'http_error',
          errors: p?.errors,
        }),
      );
    };
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
