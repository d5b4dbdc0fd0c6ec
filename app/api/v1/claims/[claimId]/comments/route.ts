import { authorizeClaim } from "@/lib/access/authorize-resource";
import { commentRoutes } from "../../../_lib/comment-routes";

export const { GET, POST } = commentRoutes("claim", "claimId", authorizeClaim);
