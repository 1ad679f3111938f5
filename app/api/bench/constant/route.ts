// GET /api/bench/constant — the floor of a Next.js route handler, for tests/bench/study-endpoints:
// no session, no database, a constant body. It answers only when CITECARDS_BENCH=1 is set in the
// server's environment (the benchmark sets it); everywhere else it is a plain 404.
export const dynamic = "force-dynamic";

export function GET(): Response {
  if (process.env.CITECARDS_BENCH !== "1") return new Response("Not found", { status: 404 });
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
