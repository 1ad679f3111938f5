import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { database } from "@/app/_server/db";
import { introspect } from "@/tests/support/introspect";
import { diffSchemas, expectedSchema } from "@/tests/support/schema-drift";

const schemaFile = fs.readFileSync("prisma/schema.prisma", "utf8");

async function migratedShape() {
  return (await database()).withConnection((sql) => introspect(sql));
}

describe("the migrated database", () => {
  it("matches schema.prisma in every table, column, enum, index and foreign key", async () => {
    const differences = diffSchemas(await expectedSchema(schemaFile), await migratedShape());
    expect(differences).toEqual([]);
  });

  it("is reported as drifted when schema.prisma gains a field that no migration adds", async () => {
    const edited = schemaFile.replace("model Article {\n", "model Article {\n  summary String?\n");
    const differences = diffSchemas(await expectedSchema(edited), await migratedShape());
    expect(differences).toEqual([
      "columns: missing in database: Article.summary text NULL default=null",
    ]);
  });

  it("is reported as drifted when an index in schema.prisma is missing from the migrations", async () => {
    const edited = schemaFile.replace(
      "  @@index([teacherId])\n",
      "  @@index([teacherId])\n  @@index([name])\n",
    );
    const differences = diffSchemas(await expectedSchema(edited), await migratedShape());
    expect(differences).toEqual([
      "indexes: missing in database: Class index Class_name_idx (name)",
    ]);
  });
});
