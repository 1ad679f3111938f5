import { getDMMF } from "@prisma/internals";
import type { SqlExecutor } from "@/app/_server/database/sql-executor";

// Compares a migrated database with schema.prisma: tables, columns (type, nullability, default),
// enums, primary keys, unique and plain indexes (by Prisma's names), and foreign keys with their
// referential actions. Returns one line per difference, so a failing test says what drifted.
// Prisma's own `migrate diff` needs the native schema engine, which cannot be installed here.

type Dmmf = Awaited<ReturnType<typeof getDMMF>>["datamodel"];
type Model = Dmmf["models"][number];
type Field = Model["fields"][number];

const scalarUdt: Record<string, string> = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Float: "float8",
  Boolean: "bool",
  DateTime: "timestamp",
  Json: "jsonb",
  Decimal: "numeric",
  Bytes: "bytea",
};

function expectedUdt(field: Field): string {
  const base =
    field.kind === "enum"
      ? field.type
      : field.nativeType?.[0] === "Date"
        ? "date"
        : scalarUdt[field.type];
  return field.isList ? `_${base}` : String(base);
}

function expectedDefault(field: Field): string | null {
  if (!field.hasDefaultValue || field.default === undefined) return null;
  const value = field.default as unknown;
  if (typeof value === "object" && value !== null && "name" in value) {
    return (value as { name: string }).name === "now"
      ? "CURRENT_TIMESTAMP"
      : `fn:${(value as { name: string }).name}`;
  }
  return String(value);
}

function normaliseDefault(raw: string | null): string | null {
  if (raw === null) return null;
  return raw.replace(/::[\w" ]+(\[\])?$/, "").replace(/^'(.*)'$/, "$1");
}

const tableOf = (model: Model) => model.dbName ?? model.name;
const columnOf = (model: Model, name: string) =>
  model.fields.find((f) => f.name === name)?.dbName ?? name;

function expectedColumns(dm: Dmmf): string[] {
  return dm.models.flatMap((model) =>
    model.fields
      .filter((field) => field.kind === "scalar" || field.kind === "enum")
      .map((field) => {
        const nullable = field.isList || !field.isRequired;
        return `${tableOf(model)}.${field.dbName ?? field.name} ${expectedUdt(field)} ${nullable ? "NULL" : "NOT NULL"} default=${expectedDefault(field)}`;
      }),
  );
}

function indexName(model: Model, type: string, columns: string[]): string {
  if (type === "id") return `${tableOf(model)}_pkey`;
  return `${tableOf(model)}_${columns.join("_")}_${type === "unique" ? "key" : "idx"}`;
}

function expectedIndexes(dm: Dmmf): string[] {
  return dm.indexes.map((index) => {
    const model = dm.models.find((m) => m.name === index.model)!;
    const columns = index.fields.map((f) => columnOf(model, f.name));
    const kind = index.type === "id" ? "primary" : index.type === "unique" ? "unique" : "index";
    return `${tableOf(model)} ${kind} ${index.dbName ?? indexName(model, index.type, columns)} (${columns.join(", ")})`;
  });
}

function expectedForeignKeys(dm: Dmmf): string[] {
  return dm.models.flatMap((model) =>
    model.fields
      .filter((field) => field.kind === "object" && (field.relationFromFields?.length ?? 0) > 0)
      .map((field) => {
        const target = dm.models.find((m) => m.name === field.type)!;
        const from = field.relationFromFields!.map((name) => columnOf(model, name));
        const to = field.relationToFields!.map((name) => columnOf(target, name));
        const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
        return `${tableOf(model)}_${from.join("_")}_fkey ${tableOf(model)}(${from.join(", ")}) -> ${tableOf(target)}(${to.join(", ")}) delete=${onDelete} update=Cascade`;
      }),
  );
}

const expectedEnums = (dm: Dmmf) =>
  dm.enums.map(
    (e) => `${e.dbName ?? e.name}: ${e.values.map((v) => v.dbName ?? v.name).join(", ")}`,
  );

const expectedTables = (dm: Dmmf) => dm.models.map(tableOf);

export async function expectedSchema(datamodel: string) {
  const dm = (await getDMMF({ datamodel })).datamodel;
  return {
    tables: expectedTables(dm),
    columns: expectedColumns(dm),
    enums: expectedEnums(dm),
    indexes: expectedIndexes(dm),
    foreignKeys: expectedForeignKeys(dm),
  };
}

export type SchemaShape = Awaited<ReturnType<typeof expectedSchema>>;

export function diffSchemas(expected: SchemaShape, actual: SchemaShape): string[] {
  const lines: string[] = [];
  for (const key of Object.keys(expected) as (keyof SchemaShape)[]) {
    const want = new Set(expected[key]);
    const have = new Set(actual[key]);
    for (const item of want)
      if (!have.has(item)) lines.push(`${key}: missing in database: ${item}`);
    for (const item of have)
      if (!want.has(item)) lines.push(`${key}: not in schema.prisma: ${item}`);
  }
  return lines.sort();
}

export { normaliseDefault };
export type { SqlExecutor };
