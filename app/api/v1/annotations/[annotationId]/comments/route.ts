import { authorizeAnnotation } from "@/lib/access/authorize-annotation";
import { commentRoutes } from "../../../_lib/comment-routes";

export const { GET, POST } = commentRoutes("annotation", "annotationId", authorizeAnnotation);
