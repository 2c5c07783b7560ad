import type { ImportFormat } from '../../../../domain/network/contact-fields';
import { parseVcard, previewCsv } from '../../../../domain/network/import';
import type { LocalPreview } from './FileStep';

/** Reads the file in the browser to show its first rows before anything is uploaded. */
export async function readLocalPreview(format: ImportFormat, file: File): Promise<LocalPreview> {
  try {
    const text = await file.text();
    if (format === 'vcard') {
      const report = parseVcard(text);
      return report.rows.length ? { kind: 'vcard', report } : { kind: 'error', message: 'No contact cards were found. Is this a .vcf file?' };
    }
    // LinkedIn puts a "Notes:" preamble above the real header.
    const start = format === 'linkedin' ? Math.max(0, text.search(/^\uFEFF?"?First Name"?,/m)) : 0;
    const preview = previewCsv(text.slice(start), 5);
    if (preview.headers.length === 0) return { kind: 'error', message: 'The file is empty.' };
    return { kind: 'csv', preview };
  } catch (err) {
    return { kind: 'error', message: err instanceof Error ? err.message : 'The file could not be read.' };
  }
}
