import { csvResponse } from "@/app/_server/csv-response";
import { exportScoresCsv } from "@/app/_server/data/reports/export-csv";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return csvResponse((actor) => exportScoresCsv({ actor, assignmentId: id }));
}
