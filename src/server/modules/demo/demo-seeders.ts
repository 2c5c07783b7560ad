import type { Tx } from '../../db/client';
import type { DemoNetwork } from './demo-data';

export type DemoSeedContext = {
  tx: Tx;
  userId: string;
  now: Date;
  /** Seeders derive their randomness from this, so one demo user's data is reproducible. */
  seed: number;
  /** Set by the network seeder; later seeders (follow-through, mentoring) build on these people. */
  network?: { data: DemoNetwork; contactIds: string[]; interactionIds: string[] };
};

/**
 * One capability's part of the demo. Seeders run in order inside the demo user's transaction;
 * a capability adds its own file and a line to DEMO_SEEDERS in demo-service.ts.
 */
export type DemoSeeder = { name: string; seed(ctx: DemoSeedContext): Promise<void> };
