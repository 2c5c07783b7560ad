import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const projectRoot = new URL('../../', import.meta.url).pathname;
export const webDistDir = join(projectRoot, 'dist', 'web');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** The web bundle is stale when any source it is built from changed after the last build. */
export function webBuildIsStale(): boolean {
  const built = join(webDistDir, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const sources = ['src/web', 'src/domain', 'vite.config.ts', 'package-lock.json'].map((p) => join(projectRoot, p));
  return sources.some((p) => newestMtime(p) > builtAt);
}

/** Builds in a child process: an in-process Vite build would leave the server ~700 MB larger. */
export function buildWeb(): void {
  const vite = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: projectRoot, stdio: 'inherit' });
}
