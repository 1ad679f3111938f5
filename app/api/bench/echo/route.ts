// POST /api/bench/echo — the floor of a Next.js route handler that takes a JSON body, for
// tests/bench/study-endpoints: reads and parses the body, answers a constant; no session, no
// database. Like /api/bench/constant, it answers only when CITECARDS_BENCH=1 is set.
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (process.env.CITECARDS_BENCH !== "1") return new Response("Not found", { status: 404 });
  const body = (await request.json()) as unknown;
  return Response.json(
    { ok: typeof body === "object" },
    { headers: { "Cache-Control": "no-store" } },
  );
}
