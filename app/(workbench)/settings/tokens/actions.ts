"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_lib/form-state";
import { readForm } from "@/app/_lib/read-form";
import { runAction } from "@/app/_lib/run-action";
import { AppError } from "@/lib/errors";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { actionUser } from "../../_lib/require-user";
import { ZNewToken } from "./schemas";

export interface NewToken {
  name: string;
  token: string;
}

/** The secret goes back to this one response only; the database keeps its hash. */
export async function createTokenAction(_state: FormState<NewToken>, form: FormData): Promise<FormState<NewToken>> {
  return runAction(async () => {
    const user = await actionUser();
    const { name } = ZNewToken.parse(readForm(form, ["name"], ["name"]));
    const created = await createApiToken({ userId: user.id, ...(name ? { name } : {}) });
    revalidatePath("/settings/tokens");
    return { status: "ok", data: { name: created.name, token: created.token } };
  });
}

/** Revokes one of the caller's own tokens; another person's token id is simply not found. */
export async function revokeTokenAction(_state: FormState, form: FormData): Promise<FormState> {
  return runAction(async () => {
    const user = await actionUser();
    const { tokenId, name } = readForm(form, ["tokenId", "name"]);
    if (!tokenId) throw new AppError("invalid_input", "No token was named.");
    await revokeApiToken({ userId: user.id, tokenId });
    revalidatePath("/settings/tokens");
    return { status: "ok", message: `Revoked “${name || tokenId}”. Scripts using it now get 401.` };
  });
}
