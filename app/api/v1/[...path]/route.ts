// Any path under /api/v1 that no route has: a 404 in the API's error shape, for every method,
// instead of the web app's HTML page.
import { answerUnknownPath } from "@/lib/http/answer-unrouted";

async function unknownPath(req: Request): Promise<Response> {
  return answerUnknownPath(req);
}

export { unknownPath as DELETE, unknownPath as GET, unknownPath as OPTIONS, unknownPath as PATCH, unknownPath as POST, unknownPath as PUT };
