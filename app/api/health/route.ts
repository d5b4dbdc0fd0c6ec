import { checkDatabase } from "@/lib/db/check-database";
import { json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** Liveness for the start script and for operators: the app answers and reaches Postgres. */
export async function GET() {
  const ok = await checkDatabase();
  return json({ ok }, ok ? 200 : 503);
}
