import { ZSignUp } from "@/lib/auth/schemas";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { createUser } from "@/lib/users/create-user";

export const POST = route(async (req) => {
  const input = await readJson(req, ZSignUp);
  return json(await createUser(input), 201);
});
