// The token form: only a name (optional), since the person is already signed in. The API's
// ZCreateToken also asks for email and password; the name rule is the same one.
import { ZCreateToken } from "@/lib/auth/schemas";

export const ZNewToken = ZCreateToken.pick({ name: true });
