// The contract of the API's own description.
import * as z from "zod";
import { defineRoute } from "../contract";

export const openApiDocument = defineRoute({
  method: "GET",
  path: "/openapi.json",
  operationId: "openApiDocument",
  summary: "This API as an OpenAPI 3.1 document",
  description: "Generated from the same zod schemas that validate requests.",
  tags: ["Meta"],
  auth: "none",
  responses: { 200: { description: "The OpenAPI document.", schema: z.object({ openapi: z.string() }).loose() } },
});
