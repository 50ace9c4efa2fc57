// The CLI's way into the use cases: open the database (--url, else GONGKAI_DATABASE_URL, else ./data/gongkai.db),
// migrate it, run the command's work as the operator (SYSTEM_ACTOR: whoever runs the command already holds the
// database), and close it — waiting for queued writes — however the work ends.
import { existsSync } from 'node:fs';
import { SYSTEM_ACTOR, type SystemActor } from '../services/actor.ts';
import { openServiceContext, type ContextOptions } from '../services/bootstrap.ts';
import type { ServiceContext } from '../services/context.ts';

export async function withContext<T>(
  url: string | undefined,
  work: (ctx: ServiceContext, actor: SystemActor) => Promise<T>,
  options: Omit<ContextOptions, 'db'> = {},
): Promise<T> {
  const opened = await openServiceContext(url, options);
  try {
    return await work(opened.ctx, SYSTEM_ACTOR);
  } finally {
    await opened.close();
  }
}

const IN_MEMORY = 'sqlite::memory:';

/**
 * For commands that only count with the calendar (`deadline`, `calendar show`): the installation's database when
 * one is named (--url, GONGKAI_DATABASE_URL) or ./data/gongkai.db exists, so they count with its imported years;
 * otherwise an empty in-memory database, whose calendar is the shipped one — a laptop without an installation gets
 * an answer and no stray data directory.
 */
export function withCalendarContext<T>(
  url: string | undefined,
  work: (ctx: ServiceContext, actor: SystemActor) => Promise<T>,
): Promise<T> {
  const named = url ?? (process.env.GONGKAI_DATABASE_URL || undefined);
  const local = existsSync('data/gongkai.db') ? undefined : IN_MEMORY;
  return withContext(named ?? local, work);
}

/** For commands that touch no data (checking and converting report files): an empty in-memory database. */
export function withLocalContext<T>(
  work: (ctx: ServiceContext, actor: SystemActor) => Promise<T>,
): Promise<T> {
  return withContext(IN_MEMORY, work);
}
