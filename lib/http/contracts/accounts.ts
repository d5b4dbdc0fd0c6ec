// Contracts of the account routes: sign-up, and API tokens (create, list, revoke).
import { ZCreateToken, ZSignUp } from "../../auth/schemas";
import { ZSessionToken } from "../../tokens/schemas";
import { defineRoute } from "../contract";
import { ZListQuery } from "../pagination";
import { pageOf, ZCreatedTokenOut, ZTokenOut, ZUserOut } from "./resources";

export const signUp = defineRoute({
  method: "POST",
  path: "/users",
  operationId: "signUp",
  summary: "Create an account",
  description: "Open sign-up, unless the deployment closed it (403 `signup_closed`). 409 if the email is taken.",
  tags: ["Accounts"],
  auth: "none",
  body: ZSignUp,
  responses: { 201: { description: "The new account.", schema: ZUserOut } },
  errors: [403, 409],
});

export const createToken = defineRoute({
  method: "POST",
  path: "/tokens",
  operationId: "createToken",
  summary: "Sign in for an API token",
  description:
    "Answers the secret once; only its sha256 is stored. `projects` limits the token to some of your projects " +
    "(others answer 404 to it, as to an outsider) and `readOnly` to reading (writes answer 403). " +
    "Failed sign-ins are rate limited per account and per address (429).",
  tags: ["Tokens"],
  auth: "none",
  body: ZCreateToken,
  responses: { 201: { description: "The token, with its secret.", schema: ZCreatedTokenOut } },
  errors: [401, 429],
});

export const createSessionToken = defineRoute({
  method: "POST",
  path: "/session/tokens",
  operationId: "createSessionToken",
  summary: "Create an API token from a signed-in browser session",
  description:
    "What the workbench's token page calls: `{name?, projects?, readOnly?}`, no password, because the session already " +
    "proves who is asking. Only a browser session may call it: an API token is refused (403), so a leaked token " +
    "cannot leave another behind. Scripts use POST /tokens with the email and password. Answers as POST /tokens does: " +
    "the secret once, only its sha256 stored.",
  tags: ["Tokens"],
  auth: "required",
  body: ZSessionToken,
  responses: { 201: { description: "The token, with its secret.", schema: ZCreatedTokenOut } },
  errors: [403],
});

export const listTokens = defineRoute({
  method: "GET",
  path: "/tokens",
  operationId: "listTokens",
  summary: "List your API tokens (never their secrets)",
  description:
    "Oldest first, revoked ones included (with `revokedAt`), so you can audit what can reach your account. " +
    "The secret is never shown again: tell tokens apart by `name` and `prefix`. Revoke with DELETE /tokens/{tokenId}",
  tags: ["Tokens"],
  auth: "required",
  query: ZListQuery,
  responses: { 200: { description: "A page of your tokens, oldest first.", schema: pageOf(ZTokenOut) } },
});

export const revokeToken = defineRoute({
  method: "DELETE",
  path: "/tokens/{tokenId}",
  operationId: "revokeToken",
  summary: "Revoke one of your API tokens",
  description: "A token limited to some projects or to reading may revoke only itself (403 otherwise).",
  tags: ["Tokens"],
  auth: "required",
  responses: { 204: { description: "Revoked; the token now answers 401." } },
  errors: [403, 404],
});
