// Schema drift: the database the migrations build must be the one the Kysely table types describe. The types are
// erased at run time, so the runtime half compares the migrated schema (PRAGMA on SQLite, information_schema on
// PostgreSQL) with SCHEMA in src/storage/tables.ts, and the compiler's half keeps SCHEMA equal to the types (the
// expressions marked to fail at the end: each is a drift `npx tsc` refuses).
import { describe, expect, it } from 'vitest';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Engine } from '../../src/storage/database.ts';
import { SCHEMA, type Database, type SchemaDescription, type SchemaOf } from '../../src/storage/tables.ts';
import { forEachEngine } from '../db.ts';

interface ActualColumn {
  /** 'text', 'integer', 'real', 'blob', or the engine's own name of a type outside those. */
  family: string;
  /** The type as the engine reports it, for the message. */
  declared: string;
  nullable: boolean;
}

type ActualSchema = Record<string, Record<string, ActualColumn>>;

/**
 * Tables the migrations make on purpose without a Kysely type: the migrator's own bookkeeping, and the full-text
 * index that search.ts reaches through raw SQL only (on SQLite an FTS5 table with its shadow tables).
 */
const UNTYPED_TABLES = new Set([
  'kysely_migration',
  'kysely_migration_lock',
  'publication_search',
  'publication_search_config',
  'publication_search_content',
  'publication_search_data',
  'publication_search_docsize',
  'publication_search_idx',
]);

/** Every difference between the description and the database, one precise line each, in a stable order. */
function schemaDrift(described: SchemaDescription, actual: ActualSchema): string[] {
  const drift: string[] = [];
  const tables = [...new Set([...Object.keys(described), ...Object.keys(actual)])].sort();
  for (const table of tables) {
    const want = described[table];
    const have = actual[table];
    if (!have) {
      drift.push(`表 ${table}：tables.ts 中有描述，数据库中没有`);
      continue;
    }
    if (!want) {
      drift.push(`表 ${table}：数据库中有，tables.ts 中没有描述`);
      continue;
    }
    const columns = [...new Set([...Object.keys(want), ...Object.keys(have)])].sort();
    for (const column of columns) {
      const spec = want[column];
      const found = have[column];
      const name = `${table}.${column}`;
      if (!found) {
        drift.push(`${name}：tables.ts 中有，数据库中没有`);
        continue;
      }
      if (!spec) {
        drift.push(`${name}：数据库中有（${found.declared}），tables.ts 中没有`);
        continue;
      }
      const family = spec.replace('?', '');
      const nullable = spec.endsWith('?');
      if (family !== found.family)
        drift.push(`${name}：tables.ts 为 ${family}，数据库为 ${found.family}（${found.declared}）`);
      if (nullable !== found.nullable)
        drift.push(
          nullable
            ? `${name}：tables.ts 为可空，数据库为 NOT NULL`
            : `${name}：tables.ts 为非空，数据库允许 NULL`,
        );
    }
  }
  return drift;
}

interface ColumnRow {
  table: string;
  column: string;
  declared: string;
  not_null: boolean | number;
  primary_key: number;
}

/** The migrated schema as the engine reports it, without the tables that have no type on purpose. */
async function introspect(
  db: Kysely<Database> | Transaction<Database>,
  engine: Engine,
): Promise<ActualSchema> {
  const { rows } =
    engine === 'sqlite'
      ? await sql<ColumnRow>`select m.name as "table", p.name as "column", p.type as declared,
            p."notnull" as not_null, p.pk as primary_key
          from sqlite_master m join pragma_table_info(m.name) p
          where m.type = 'table' and m.name not like 'sqlite_%'`.execute(db)
      : await sql<ColumnRow>`select table_name as "table", column_name as "column", data_type as declared,
            is_nullable = 'NO' as not_null, 0 as primary_key
          from information_schema.columns where table_schema = current_schema()`.execute(db);
  const schema: ActualSchema = {};
  for (const row of rows) {
    if (UNTYPED_TABLES.has(row.table)) continue;
    // SQLite, for compatibility with its early versions, lets NULL into a primary key column that is not an INTEGER
    // PRIMARY KEY unless NOT NULL is also written; the migrations rely on the key being filled (the types say so,
    // and PostgreSQL, which checks the same description, refuses NULL there), so a key column counts as NOT NULL.
    const nullable = !row.not_null && row.primary_key === 0;
    (schema[row.table] ??= {})[row.column] = {
      family: familyOf(engine, row.declared),
      declared: row.declared,
      nullable,
    };
  }
  return schema;
}

const POSTGRES_FAMILIES: Record<string, string> = {
  text: 'text',
  'character varying': 'text',
  smallint: 'integer',
  integer: 'integer',
  bigint: 'integer',
  real: 'real',
  'double precision': 'real',
  bytea: 'blob',
};

function familyOf(engine: Engine, declared: string): string {
  const type = declared.toLowerCase();
  if (engine === 'postgres') return POSTGRES_FAMILIES[type] ?? type;
  // SQLite's column affinity, decided from the declared type in this order (sqlite.org/datatype3.html, 3.1).
  if (type.includes('int')) return 'integer';
  if (/char|clob|text/.test(type)) return 'text';
  if (type === '' || type.includes('blob')) return 'blob';
  if (/real|floa|doub/.test(type)) return 'real';
  return 'numeric';
}

forEachEngine((engine, getDb) => {
  it('the migrated schema is the one the table types describe', async () => {
    expect(schemaDrift(SCHEMA, await introspect(getDb(), engine))).toEqual([]);
  });

  it('sees a column added or dropped behind the types’ back', async () => {
    // The real introspection, not a hand-made schema: a change made in SQL shows up in the comparison.
    const trx = await getDb().startTransaction().execute();
    try {
      await sql`alter table agencies add column motto text not null default ''`.execute(trx);
      await sql`alter table agencies drop column postcode`.execute(trx);
      expect(schemaDrift(SCHEMA, await introspect(trx, engine))).toEqual([
        'agencies.motto：数据库中有（' + (engine === 'sqlite' ? 'TEXT' : 'text') + '），tables.ts 中没有',
        'agencies.postcode：tables.ts 中有，数据库中没有',
      ]);
    } finally {
      await trx.rollback().execute();
    }
  });
});

describe('schemaDrift', () => {
  const described: SchemaDescription = {
    notes: { id: 'text', body: 'text', read_at: 'text?', size: 'integer' },
    tags: { note_id: 'text', tag: 'text' },
  };
  const column = (family: string, nullable = false): ActualColumn => ({ family, declared: family, nullable });
  const matching = (): ActualSchema => ({
    notes: {
      id: column('text'),
      body: column('text'),
      read_at: column('text', true),
      size: column('integer'),
    },
    tags: { note_id: column('text'), tag: column('text') },
  });

  it('finds nothing when the database is as described', () => {
    expect(schemaDrift(described, matching())).toEqual([]);
  });

  it('names a column the description has and the database lacks', () => {
    const actual = matching();
    delete actual.notes!.read_at;
    expect(schemaDrift(described, actual)).toEqual(['notes.read_at：tables.ts 中有，数据库中没有']);
  });

  it('names a column the database has and the description lacks, with its type', () => {
    const actual = matching();
    actual.notes!.colour = { family: 'text', declared: 'varchar(20)', nullable: true };
    expect(schemaDrift(described, actual)).toEqual([
      'notes.colour：数据库中有（varchar(20)），tables.ts 中没有',
    ]);
  });

  it('names each nullability difference, in both directions', () => {
    const actual = matching();
    actual.notes!.body = column('text', true);
    actual.notes!.read_at = column('text', false);
    expect(schemaDrift(described, actual)).toEqual([
      'notes.body：tables.ts 为非空，数据库允许 NULL',
      'notes.read_at：tables.ts 为可空，数据库为 NOT NULL',
    ]);
  });

  it('names a storage type that differs, with the type the engine reports', () => {
    const actual = matching();
    actual.notes!.size = { family: 'text', declared: 'TEXT', nullable: false };
    expect(schemaDrift(described, actual)).toEqual([
      'notes.size：tables.ts 为 integer，数据库为 text（TEXT）',
    ]);
  });

  it('names a table missing on either side', () => {
    const actual = matching();
    delete actual.tags;
    actual.labels = { id: column('text') };
    expect(schemaDrift(described, actual)).toEqual([
      '表 labels：数据库中有，tables.ts 中没有描述',
      '表 tags：tables.ts 中有描述，数据库中没有',
    ]);
  });
});

// The compiler's half: SCHEMA must follow the types. Each expression below is a drift that fails `npx tsc`; if one
// stopped failing, its @ts-expect-error would itself become an error.
type Described = SchemaOf<Database>;
const { postcode: _postcode, ...agenciesWithoutPostcode } = SCHEMA.agencies;
// @ts-expect-error -- AgencyTable has postcode: a column of the type missing from the description
void (agenciesWithoutPostcode satisfies Described['agencies']);
// @ts-expect-error -- a column the type does not have
void ({ ...SCHEMA.agencies, motto: 'text' } satisfies Described['agencies']);
// @ts-expect-error -- parent_id is string | null, so it must be described as nullable
void ({ ...SCHEMA.agencies, parent_id: 'text' } satisfies Described['agencies']);
// @ts-expect-error -- name is a string, not an integer
void ({ ...SCHEMA.agencies, name: 'integer' } satisfies Described['agencies']);
// @ts-expect-error -- a table of Database missing from the description
void ({ ...SCHEMA, agencies: undefined } satisfies Described);
