import { authorizeJob } from "@/lib/access/authorize-resource";
import { getJob as getJobContract } from "@/lib/http/contracts/sources";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { getJob } from "@/lib/jobs/get-job";

export const dynamic = "force-dynamic";

export const GET = handle(getJobContract, async ({ actor, params }) => {
  const access = await authorizeJob(actor, params.jobId, "document.read");
  return json(await getJob(access, params.jobId), 200, { "cache-control": "no-store" });
});
