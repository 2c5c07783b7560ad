import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { emailSchema } from '../../domain/accounts/schemas';
import { columnMappingSchema, IMPORT_FORMATS, type ImportFormat } from '../../domain/network/contact-fields';
import type { ImportReport } from '../../domain/network/import-api';
import { findUserByEmail } from '../../server/modules/accounts/queries';
import { decodeUpload, runImport } from '../../server/modules/network/imports-service';
import { CliUsageError, reportError, withDatabase } from '../run-command';

function parseMapping(raw: string | undefined) {
  if (raw === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new CliUsageError('--mapping must be a JSON object such as \'{"E-mail":"email","Name":"displayName"}\'');
  }
  const parsed = columnMappingSchema.safeParse(json);
  if (!parsed.success) throw new CliUsageError(`--mapping: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function printReport(r: ImportReport, log: (line: string) => void = console.log) {
  log(`${r.dryRun ? 'Dry run of' : 'Imported'} ${r.filename ?? 'file'} (${r.format}): ${r.totalRows} rows`);
  log(`  created:   ${r.created}`);
  log(`  merged:    ${r.merged}`);
  log(`  unchanged: ${r.unchanged}`);
  log(`  skipped:   ${r.skipped}`);
  for (const m of r.mergedRows) log(`  row ${m.rowNumber}: merged into ${m.displayName} (matched on ${m.matchedOn.replace('_', ' + ')})`);
  for (const s of r.skippedRows) log(`  row ${s.rowNumber}: skipped, ${s.reason}`);
  for (const w of r.warnings) log(`  row ${w.rowNumber}: warning, ${w.message}`);
}

export function registerImportCommand(program: Command) {
  program
    .command('import')
    .description(`Import contacts for a user from a file; FORMAT is one of ${IMPORT_FORMATS.join(', ')}`)
    .argument('<format>', IMPORT_FORMATS.join(' | '))
    .argument('<file>', 'the export file (UTF-8)')
    .requiredOption('--user <email>', "the owner's e-mail")
    .option('--mapping <json>', 'for csv: JSON object mapping column header → field')
    .option('--dry-run', 'report what would happen without saving anything')
    .action(async (format: string, file: string, opts: { user: string; mapping?: string; dryRun?: boolean }) => {
      try {
        if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
          throw new CliUsageError(`FORMAT must be one of ${IMPORT_FORMATS.join(', ')}, not "${format}"`);
        }
        const email = emailSchema.safeParse(opts.user);
        if (!email.success) throw new CliUsageError(`--user: ${email.error.issues[0]?.message}`);
        const mapping = parseMapping(opts.mapping);
        let bytes: Buffer;
        try {
          bytes = readFileSync(file);
        } catch (err) {
          throw new CliUsageError(`Cannot read ${file}: ${(err as Error).message}`);
        }
        const text = decodeUpload(bytes);
        await withDatabase('trellis import', async ({ db }) => {
          const owner = await findUserByEmail(db, email.data);
          if (!owner) throw new CliUsageError(`No user with e-mail ${email.data}. See: trellis user list`);
          const { report } = await runImport(db, owner.id, {
            format: format as ImportFormat,
            text,
            filename: basename(file),
            mapping,
            dryRun: opts.dryRun ?? false,
          });
          printReport(report);
        });
      } catch (err) {
        reportError(err);
      }
    });
}
