import { z } from "zod";

// The environment, validated once. Everything optional has a default that works on a fresh clone.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  CITECARDS_DATA_DIR: z.string().min(1).default(".data/pglite"),
  CITECARDS_CONTENT_DIR: z.string().min(1).default("content/articles"),
  AUTH_SECRET: z.string().min(16).optional(),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  // The in-process FSRS optimizer: "auto" runs it in embedded mode only (PostgreSQL deployments
  // run `npm run optimize` from cron).
  CITECARDS_OPTIMIZER: z.enum(["auto", "on", "off"]).default("auto"),
  // The demo accounts (published passwords) and their demo class: "auto" makes them in embedded
  // mode only, so a PostgreSQL deployment never gets a teacher account anyone can sign in to.
  CITECARDS_DEMO: z.enum(["auto", "on", "off"]).default("auto"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** Whether starts seed the demo accounts and the demo class. */
export function demoWanted(env: Env): boolean {
  return env.CITECARDS_DEMO === "auto" ? !env.DATABASE_URL : env.CITECARDS_DEMO === "on";
}
