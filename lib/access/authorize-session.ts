// Some things only a person at the workbench may do, never a script: making an API token without
// the password. A token that could mint tokens would outlive its own revocation (a leaked one would
// leave a fresh one behind), so a bearer token is refused here even when it reaches everything.
import { AppError } from "../errors";

export function authorizeSession(caller: { via: "token" | "session" }, doing: string): void {
  if (caller.via !== "session") throw new AppError("forbidden", `An API token cannot ${doing}; sign in at the workbench, or send your email and password to POST /api/v1/tokens.`);
}
