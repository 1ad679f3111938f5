import type { SqlExecutor } from "@/app/_server/database/sql-executor";
import { normaliseDefault, type SchemaShape } from "./schema-drift";

// Reads the public schema of a live database into the same shape expectedSchema() produces.
const actions: Record<string, string> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};
const skipped = "'_prisma_migrations'";

export async function introspect(sql: SqlExecutor): Promise<SchemaShape> {
  const tables = await sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> ${skipped}`,
  );
  const columns = await sql.query<{
    t: string;
    c: string;
    udt: string;
    nullable: string;
    def: string | null;
    precision: number | null;
  }>(
    `SELECT table_name AS t, column_name AS c, udt_name AS udt, is_nullable AS nullable,
            column_default AS def, datetime_precision AS precision
     FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> ${skipped}`,
  );
  const enums = await sql.query<{ name: string; labels: string }>(
    `SELECT t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
     JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY t.typname`,
  );
  const indexes = await sql.query<{ t: string; name: string; kind: string; cols: string }>(
    `SELECT tc.relname AS t, ic.relname AS name,
            CASE WHEN i.indisprimary THEN 'primary' WHEN i.indisunique THEN 'unique' ELSE 'index' END AS kind,
            (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum) AS cols
     FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class tc ON tc.oid = i.indrelid
     JOIN pg_namespace n ON n.oid = tc.relnamespace WHERE n.nspname = 'public' AND tc.relname <> ${skipped}`,
  );
  const foreignKeys = await sql.query<{
    name: string;
    t: string;
    cols: string;
    ref: string;
    refcols: string;
    del: string;
    upd: string;
  }>(
    `SELECT c.conname AS name, tc.relname AS t, rc.relname AS ref,
            c.confdeltype AS del, c.confupdtype AS upd,
            (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS cols,
            (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS refcols
     FROM pg_constraint c JOIN pg_class tc ON tc.oid = c.conrelid JOIN pg_class rc ON rc.oid = c.confrelid
     JOIN pg_namespace n ON n.oid = tc.relnamespace WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  return {
    tables: tables.map((row) => row.name),
    columns: columns.map((row) => {
      const precisionOk =
        row.udt !== "timestamp" || row.precision === 3 ? "" : `(precision ${row.precision})`;
      return `${row.t}.${row.c} ${row.udt}${precisionOk} ${row.nullable === "YES" ? "NULL" : "NOT NULL"} default=${normaliseDefault(row.def)}`;
    }),
    enums: enums.map((row) => `${row.name}: ${row.labels}`),
    indexes: indexes.map((row) => `${row.t} ${row.kind} ${row.name} (${row.cols})`),
    foreignKeys: foreignKeys.map(
      (row) =>
        `${row.name} ${row.t}(${row.cols}) -> ${row.ref}(${row.refcols}) delete=${actions[row.del]} update=${actions[row.upd]}`,
    ),
  };
}
