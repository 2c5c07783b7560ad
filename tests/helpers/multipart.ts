/** A multipart/form-data body for app.inject, built by the platform's own FormData encoder. */
export async function multipartBody(
  fields: Record<string, string>,
  file?: { content: string | Uint8Array; filename?: string },
): Promise<{ body: Buffer; contentType: string }> {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  if (file) fd.append('file', new Blob([file.content as BlobPart]), file.filename ?? 'upload.csv');
  const req = new Request('http://local.test', { method: 'POST', body: fd });
  return { body: Buffer.from(await req.arrayBuffer()), contentType: req.headers.get('content-type')! };
}
