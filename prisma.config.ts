// Prisma CLI configuration. The CLI only generates the client here; migrations are applied
// by the project's own runner (lib/db/migrate.ts), which records them as Prisma does.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
