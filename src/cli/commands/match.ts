import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { MatchingInputError, parseMatchingInput, scoreProfiles, solveMatching } from '../../domain/matching';
import type { MatchingMode, PairRef } from '../../domain/matching';

interface MatchOptions {
  input: string;
  output: string;
  mode: string;
  previous?: string;
  explain: string;
}

/** Bad input: exit code 2, one clear message on stderr, no stack trace. */
class UsageError extends Error {}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/** A previous run's output file; only its assignments are used. */
function previousPairs(path: string): PairRef[] {
  const data = readJson(path, 'previous result') as { assignments?: unknown };
  if (!data || !Array.isArray(data.assignments)) throw new UsageError(`previous result ${path} has no "assignments" array`);
  return data.assignments.map((a: unknown, row) => {
    const x = a as Partial<PairRef>;
    if (typeof x?.mentee !== 'string' || typeof x?.mentor !== 'string') {
      throw new UsageError(`previous result ${path}: assignments[${row}] needs string "mentee" and "mentor"`);
    }
    return { mentee: x.mentee, mentor: x.mentor };
  });
}

export function runMatch(opts: MatchOptions): void {
  if (opts.mode !== 'score' && opts.mode !== 'coverage') throw new UsageError(`--mode must be "score" or "coverage" (got "${opts.mode}")`);
  const explainTop = Number(opts.explain);
  if (!Number.isInteger(explainTop) || explainTop < 0) throw new UsageError(`--explain must be a whole number ≥ 0 (got "${opts.explain}")`);
  const parsed = parseMatchingInput(readJson(opts.input, 'input'));
  const previous = opts.previous ? previousPairs(opts.previous) : parsed.previous;
  const mode: MatchingMode = parsed.mode ?? (opts.mode as MatchingMode);
  const keep = [...(parsed.pinned ?? []), ...(previous ?? [])];
  const instance =
    parsed.kind === 'scored' ? parsed.instance : scoreProfiles(parsed.profiles, parsed.weights, parsed.rules, keep);
  const result = solveMatching(instance, { mode, pinned: parsed.pinned, forbidden: parsed.forbidden, previous, explainTop });
  const { objective, matchedCount, assignments, unmatched, certificate, explanations, keptFromPrevious, warnings, stats } = result;
  const out = { objective, mode, matchedCount, assignments, unmatched, certificate, explanations, keptFromPrevious, warnings, stats };
  writeFileSync(opts.output, JSON.stringify(out, null, 2) + '\n');
  console.error(
    `matched ${matchedCount}/${instance.mentees.length} mentees, objective ${objective}, ` +
      `certificate ${certificate.valid ? 'verified' : 'FAILED'} (${stats.totalMs.toFixed(0)} ms) → ${opts.output}`,
  );
}

export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('Optimal mentee–mentor assignment with a verified optimality certificate')
    .requiredOption('--input <file>', 'instance JSON: {mentees, mentors, edges} or profiles {mentees, mentors, weights, rules}')
    .requiredOption('--output <file>', 'where to write the result JSON')
    .option('--mode <mode>', 'score: best total score; coverage: most mentees matched, then score', 'score')
    .option('--previous <file>', "a previous result; its pairs are kept wherever that costs no score")
    .option('--explain <n>', 'better-scoring mentors explained per mentee (0 to skip)', '3')
    .action((opts: MatchOptions) => {
      try {
        runMatch(opts);
      } catch (err) {
        if (err instanceof UsageError || err instanceof MatchingInputError) {
          console.error(`trellis match: ${err.message}`);
          process.exitCode = 2;
          return;
        }
        throw err;
      }
    });
}
