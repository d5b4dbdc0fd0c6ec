import { signUp } from "@/lib/http/contracts/accounts";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { createUser } from "@/lib/users/create-user";

export const POST = handle(signUp, async ({ body }) => json(await createUser(await body()), 201));
