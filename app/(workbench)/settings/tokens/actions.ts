"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_lib/form-state";
import { runAction } from "@/app/_lib/run-action";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { actionUser } from "../../_lib/require-user";
import { newTokenInput, tokenScopeOf, ZNewToken, ZRevokeToken } from "./schemas";

export interface NewToken {
  name: string;
  token: string;
  projectIds: string[];
  readOnly: boolean;
}

/** The secret goes back to this one response only; the database keeps its hash. */
export async function createTokenAction(_state: FormState<NewToken>, form: FormData): Promise<FormState<NewToken>> {
  return runAction(async () => {
    const user = await actionUser();
    const input = ZNewToken.parse(newTokenInput(form));
    const created = await createApiToken({ userId: user.id, ...(input.name ? { name: input.name } : {}), ...tokenScopeOf(input) });
    revalidatePath("/settings/tokens");
    return { status: "ok", data: { name: created.name, token: created.token, projectIds: created.projectIds, readOnly: created.readOnly } };
  });
}

/** Revokes one of the caller's own tokens; another person's token id is simply not found. */
export async function revokeTokenAction(_state: FormState, form: FormData): Promise<FormState> {
  return runAction(async () => {
    const user = await actionUser();
    const { tokenId, name } = ZRevokeToken.parse({ tokenId: form.get("tokenId") ?? "", name: form.get("name") ?? undefined });
    await revokeApiToken({ userId: user.id, tokenId });
    revalidatePath("/settings/tokens");
    return { status: "ok", message: `Revoked “${name || tokenId}”. Scripts using it now get 401.` };
  });
}
