// Who may call what: the expected answer of every route handler to each kind of caller, written
// down once. test/access/authorization-matrix.test.ts makes each cell's real request on every run
// and fails for any cell that answers otherwise, for any route without a row here, and for any row
// whose route no longer exists. The browser calls these same routes (app/_lib/api/call-api.ts);
// there are no server actions, and lint refuses "use server" in app/.
//
// Principals: the four roles of one project, an outsider (signed in, no membership), anonymous (no
// credentials) and a revoked API token (the owner's, revoked).
//
// Values: 200, 201 and 204 mean the request really succeeded; 401 no valid credentials; 403 a
// member whose role (or authorship) does not allow it; 404 not found or not visible. A denied cell
// must also leave the project's event log, documents, memberships and the caller's tokens exactly
// as they were.
//
// `on` names the target each cell acts on. "own" means the caller's own resource where their role
// lets them have one (for the viewer and non-members: the annotator's).

export const PRINCIPALS = ["owner", "reviewer", "annotator", "viewer", "outsider", "anonymous", "revoked"] as const;
export type Principal = (typeof PRINCIPALS)[number];

export type Outcome = 200 | 201 | 202 | 204 | 400 | 401 | 403 | 404 | 409;

export interface MatrixRow {
  on: string;
  /** One outcome per principal, in the order of PRINCIPALS. */
  expect: readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
}

const row = (on: string, ...expect: MatrixRow["expect"]): MatrixRow => ({ on, expect });

/** Keyed "METHOD /path" as Next serves it (route groups dropped, [param] written {param}). */
export const ROUTE_MATRIX: Record<string, MatrixRow> = {
  //                                                                              owner rev  ann  view out  anon revoked
  "GET /api/health":                                  row("liveness",              200, 200, 200, 200, 200, 200, 200),
  "GET /api/auth/{nextauth}":                         row("the session",           200, 200, 200, 200, 200, 200, 200),
  "POST /api/auth/{nextauth}":                        row("sign-in with password", 200, 200, 200, 200, 200, 200, 200),
  "GET /api/v1/openapi.json":                         row("the API document",      200, 200, 200, 200, 200, 200, 200),
  "GET /api/v1/{path}":                               row("a path no route has",   404, 404, 404, 404, 404, 404, 404),
  "POST /api/v1/{path}":                              row("a path no route has",   404, 404, 404, 404, 404, 404, 404),
  "PUT /api/v1/{path}":                               row("a path no route has",   404, 404, 404, 404, 404, 404, 404),
  "PATCH /api/v1/{path}":                             row("a path no route has",   404, 404, 404, 404, 404, 404, 404),
  "DELETE /api/v1/{path}":                            row("a path no route has",   404, 404, 404, 404, 404, 404, 404),
  "OPTIONS /api/v1/{path}":                           row("a path no route has",   404, 404, 404, 404, 404, 404, 404),
  "POST /api/v1/users":                               row("a new account",         201, 201, 201, 201, 201, 201, 201),
  "POST /api/v1/tokens":                              row("password in the body",  201, 201, 201, 201, 201, 201, 201),
  "GET /api/v1/tokens":                               row("own tokens",            200, 200, 200, 200, 200, 401, 401),
  "DELETE /api/v1/tokens/{tokenId}":                  row("an own token",          204, 204, 204, 204, 204, 401, 401),
  // Called with each principal's browser session, not its token ("revoked": a session that outlived
  // its account). Every API token is refused (403, app/api/v1/session/tokens/route.test.ts).
  "POST /api/v1/session/tokens":                      row("a new token",           201, 201, 201, 201, 201, 401, 401),

  "GET /api/v1/projects":                             row("own projects",          200, 200, 200, 200, 200, 401, 401),
  "POST /api/v1/projects":                            row("a new project",         201, 201, 201, 201, 201, 401, 401),
  "GET /api/v1/projects/{projectId}":                 row("the project",           200, 200, 200, 200, 404, 401, 401),
  "PATCH /api/v1/projects/{projectId}":               row("its description",       200, 403, 403, 403, 404, 401, 401),
  "GET /api/v1/projects/{projectId}/members":         row("the project",           200, 200, 200, 200, 404, 401, 401),
  "POST /api/v1/projects/{projectId}/members":        row("a new member",          201, 403, 403, 403, 404, 401, 401),
  "PATCH /api/v1/projects/{projectId}/members/{userId}":  row("a viewer's role",   200, 403, 403, 403, 404, 401, 401),
  "DELETE /api/v1/projects/{projectId}/members/{userId}": row("a viewer",          204, 403, 403, 403, 404, 401, 401),
  "GET /api/v1/projects/{projectId}/events":          row("the event log",         200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/projects/{projectId}/events/verify":   row("the hash chain",        200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/log/keys":                             row("public signing keys",   200, 200, 200, 200, 200, 200, 200),
  "GET /api/v1/projects/{projectId}/log/head":        row("the signed tree head",  200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/projects/{projectId}/log/inclusion":   row("an inclusion proof",    200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/projects/{projectId}/log/consistency": row("a consistency proof",   200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/projects/{projectId}/search":          row("the project",           200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/projects/{projectId}/assignments":     row("the project",           200, 200, 200, 200, 404, 401, 401),
  "POST /api/v1/projects/{projectId}/assignments":    row("a new document",        201, 403, 403, 403, 404, 401, 401),
  "POST /api/v1/assignments/{assignmentId}/submit":   row("an own assignment",     200, 200, 200, 404, 404, 401, 401),

  "GET /api/v1/projects/{projectId}/documents":       row("the project",           200, 200, 200, 200, 404, 401, 401),
  "POST /api/v1/projects/{projectId}/documents":      row("a new document",        201, 201, 201, 403, 404, 401, 401),
  "GET /api/v1/documents/{documentId}":               row("a document",            200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/documents/{documentId}/text":          row("a document",            200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/documents/{documentId}/versions":      row("a document",            200, 200, 200, 200, 404, 401, 401),
  "POST /api/v1/documents/{documentId}/versions":     row("a new document",        201, 201, 201, 403, 404, 401, 401),
  "GET /api/v1/documents/{documentId}/orphans":       row("a document",            200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/documents/{documentId}/live":          row("a document",            200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/documents/{documentId}/agreement":     row("a document",            200, 200, 403, 403, 404, 401, 401),
  "GET /api/v1/documents/{documentId}/annotations":   row("a document",            200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/documents/{documentId}/spans":         row("a document",            200, 200, 200, 200, 404, 401, 401),
  "POST /api/v1/documents/{documentId}/annotations":  row("a document",            201, 201, 201, 403, 404, 401, 401),
  "POST /api/v1/projects/{projectId}/annotations/import": row("a document",        200, 200, 200, 403, 404, 401, 401),
  "POST /api/v1/projects/{projectId}/sources":        row("a new upload",          202, 202, 202, 403, 404, 401, 401),
  "GET /api/v1/jobs/{jobId}":                         row("an upload's job",       200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/documents/{documentId}/artifact":      row("an uploaded document",  200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/documents/{documentId}/layout":        row("a paged document",      200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/documents/{documentId}/artifact/verify": row("an uploaded document", 200, 200, 200, 200, 404, 401, 401),
  "POST /api/v1/documents/{documentId}/rejected-suggestions": row("a proposed span", 201, 201, 201, 403, 404, 401, 401),

  "GET /api/v1/annotations/{annotationId}":           row("an annotation",         200, 200, 200, 200, 404, 401, 401),
  "PATCH /api/v1/annotations/{annotationId}":         row("an own annotation",     200, 200, 200, 403, 404, 401, 401),
  "DELETE /api/v1/annotations/{annotationId}":        row("an own annotation",     204, 204, 204, 403, 404, 401, 401),
  "POST /api/v1/annotations/{annotationId}/resolve":  row("an orphan",             200, 200, 200, 403, 404, 401, 401),
  "GET /api/v1/annotations/{annotationId}/comments":  row("an annotation",         200, 200, 200, 200, 404, 401, 401),
  "POST /api/v1/annotations/{annotationId}/comments": row("an annotation",         201, 201, 201, 403, 404, 401, 401),

  "GET /api/v1/projects/{projectId}/entities":        row("the project",           200, 200, 200, 200, 404, 401, 401),
  "POST /api/v1/projects/{projectId}/entities":       row("a new entity",          201, 201, 201, 403, 404, 401, 401),
  "GET /api/v1/entities/{entityId}":                  row("an entity",             200, 200, 200, 200, 404, 401, 401),
  "PATCH /api/v1/entities/{entityId}":                row("an entity's aliases",   200, 200, 200, 403, 404, 401, 401),
  "POST /api/v1/entities/{entityId}/merge":           row("two new entities",      200, 200, 403, 403, 404, 401, 401),

  "GET /api/v1/projects/{projectId}/claim-types":     row("the project",           200, 200, 200, 200, 404, 401, 401),
  "POST /api/v1/projects/{projectId}/claim-types":    row("a new claim type",      201, 403, 403, 403, 404, 401, 401),
  "GET /api/v1/projects/{projectId}/claims":          row("the project",           200, 200, 200, 200, 404, 401, 401),
  "POST /api/v1/projects/{projectId}/claims":         row("an annotation",         201, 201, 201, 403, 404, 401, 401),
  "GET /api/v1/projects/{projectId}/compare":         row("the project",           200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/claims/{claimId}":                     row("a claim",               200, 200, 200, 200, 404, 401, 401),
  "PATCH /api/v1/claims/{claimId}":                   row("an own draft",          200, 200, 200, 403, 404, 401, 401),
  "POST /api/v1/claims/{claimId}/submit":             row("an own draft",          200, 200, 200, 403, 404, 401, 401),
  "GET /api/v1/claims/{claimId}/history":             row("a claim",               200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/claims/{claimId}/reviews":             row("a claim",               200, 200, 200, 200, 404, 401, 401),
  "POST /api/v1/claims/{claimId}/reviews":            row("the annotator's submitted claim", 201, 201, 403, 403, 404, 401, 401),
  "POST /api/v1/projects/{projectId}/reviews":        row("the annotator's submitted claim", 200, 200, 403, 403, 404, 401, 401),
  "POST /api/v1/claims/{claimId}/deprecate":          row("a claim",               200, 200, 403, 403, 404, 401, 401),
  "GET /api/v1/claims/{claimId}/comments":            row("a claim",               200, 200, 200, 200, 404, 401, 401),
  "POST /api/v1/claims/{claimId}/comments":           row("a claim",               201, 201, 201, 403, 404, 401, 401),

  "GET /api/v1/projects/{projectId}/export":          row("approved claims, CSV",  200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/projects/{projectId}/releases":        row("the project",           200, 200, 200, 200, 404, 401, 401),
  "POST /api/v1/projects/{projectId}/releases":       row("a new release",         201, 201, 403, 403, 404, 401, 401),
  "GET /api/v1/projects/{projectId}/releases/compare": row("two releases",         200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/releases/{releaseId}":                 row("a release",             200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/releases/{releaseId}/verify":          row("a release",             200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/releases/{releaseId}/files/{name}":    row("claims.csv",            200, 200, 200, 200, 404, 401, 401),
  "GET /api/v1/projects/{projectId}/backup":          row("the whole project",     200, 403, 403, 403, 404, 401, 401),
  // Only an owner of the archived project (matched by email) restores it, into an instance without it.
  "POST /api/v1/backups":                             row("the owner's archive",   201, 403, 403, 403, 403, 401, 401),
};
