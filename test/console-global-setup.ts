// Vitest global setup of the integration tier: the console's browser tests need dist/console built from the
// sources under test (rebuilt only when they changed).
import { ensureConsoleBuilt } from '../scripts/console-build.ts';

export default async function setup(): Promise<void> {
  await ensureConsoleBuilt();
}
