import { afterAll, beforeAll } from "vitest";
import { closeDatabase, useDatabase } from "@/app/_server/db";
import { openTestDatabase } from "./test-database";

// Integration tests reach the database only through app/_server/db, as the app does.
beforeAll(async () => {
  const opened = openTestDatabase();
  useDatabase(opened);
  await opened;
});

afterAll(async () => {
  await closeDatabase();
});
