import { ALL_CONTRACTS } from "@/lib/http/contracts";
import { openApiDocument } from "@/lib/http/contracts/meta";
import { handle } from "@/lib/http/handle";
import { buildOpenApi } from "@/lib/http/openapi";
import { json } from "@/lib/http/respond";

let built: unknown;

/** The OpenAPI 3.1 document of every v1 route, built once from the route contracts. */
export const GET = handle(openApiDocument, async () => json((built ??= buildOpenApi(ALL_CONTRACTS))));
