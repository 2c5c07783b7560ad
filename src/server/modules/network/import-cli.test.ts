import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'trellis-import-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function trellis(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    const child = execFile('node', ['bin/trellis.js', ...args], { cwd: root, env, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin!.end(stdin ?? '');
  });
}

// The CLI opens the embedded database under DATA_DIR; against a real PostgreSQL run this adds nothing.
describe.runIf(!process.env.TEST_DATABASE_URL)('trellis import (CLI)', () => {
  it('imports a LinkedIn file for a user and prints the report; a second run creates nothing', async () => {
    const email = 'cli-import@example.test';
    const created = await trellis(['user', 'create', '--email', email, '--name', 'CLI Importer'], 'correct horse battery\n');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);

    const first = await trellis(['import', 'linkedin', 'tests/fixtures/imports/linkedin-connections.csv', '--user', email]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Imported linkedin-connections.csv (linkedin): 9 rows');
    expect(first.stdout).toMatch(/created:\s+6\n/);
    expect(first.stdout).toMatch(/skipped:\s+3\n/);
    expect(first.stdout).toContain('row 8: skipped, no name or e-mail');
    expect(first.stdout).toContain('row 9: skipped, blank row');
    expect(first.stdout).toContain('row 11: warning, connected on "30 Feb 2021" is not a valid date; dropped');

    const second = await trellis(['import', 'linkedin', 'tests/fixtures/imports/linkedin-connections.csv', '--user', email]);
    expect(second.stdout).toMatch(/created:\s+0\n/);
    expect(second.stdout).toMatch(/unchanged:\s+6\n/);

    const unknown = await trellis(['import', 'linkedin', 'tests/fixtures/imports/linkedin-connections.csv', '--user', 'nobody@example.test']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No user with e-mail nobody@example.test');
    const wrong = await trellis(['import', 'vcard', 'tests/fixtures/imports/linkedin-connections.csv', '--user', email]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('No contacts were found');
  }, 240_000);
});
