// pg returns COUNT and bigint columns as strings and PGlite as bigint; repositories hand out plain numbers.
export function toNumber(value: string | number | bigint | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** A unique-constraint violation, as SQLite, PostgreSQL and PGlite each report it. */
/** The disk (or the database's configured size) is full: SQLite's SQLITE_FULL, PostgreSQL's disk_full (53100). */
export function isStorageFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code } = error as { code?: unknown };
  return code === 'SQLITE_FULL' || code === '53100' || code === 'ENOSPC';
}

export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    (typeof message === 'string' && /UNIQUE constraint failed|duplicate key value/.test(message))
  );
}
