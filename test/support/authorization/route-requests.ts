// Every route's request builder, keyed as in lib/access/authorization-matrix.ts.
import { ACCOUNT_REQUESTS, type RouteRequest } from "./route-requests-accounts";
import { CLAIM_REQUESTS } from "./route-requests-claims";
import { LAYOUT_REQUESTS } from "./route-requests-layouts";
import { SOURCE_REQUESTS } from "./route-requests-sources";

export const ROUTE_REQUESTS: Record<string, RouteRequest> = { ...ACCOUNT_REQUESTS, ...CLAIM_REQUESTS, ...SOURCE_REQUESTS, ...LAYOUT_REQUESTS };
