// Fuzz targets of entities: creating, renaming and merging them.
import { GET as getEntity } from "@/app/api/v1/entities/[entityId]/route";
import { check, type FuzzTarget, readable } from "./fuzz-target";
import { createEntity, type Space } from "./fuzz-world";

const readEntity = (space: Space, entityId: string) => readable(getEntity, { entityId }, space.token("owner"));

export const entityTargets: Record<string, FuzzTarget> = {
  "POST /projects/{projectId}/entities": {
    principals: ["annotator", "owner"],
    renew: "never",
    prepare: async ({ projectId }) => ({
      params: { projectId },
      body: { kind: "person", name: "Hossein-Ali Montazeri", aliases: ["حسینعلی منتظری", "Ayatollah Montazeri"], wikidataId: "Q380506" },
      alternatives: [{ kind: "organization", name: "Amnesty International", reliability: "B" }],
    }),
    readBack: async (space, { body }) => {
      check((await readEntity(space, body.id)).name === body.name, "the entity reads back with its name");
    },
  },
  "PATCH /entities/{entityId}": {
    principals: ["annotator", "owner"],
    renew: "never",
    prepare: async (space) => ({
      params: { entityId: await createEntity(space) },
      body: { name: "Amnesty International", aliases: ["عفو بین‌الملل"], wikidataId: "Q42017" },
      alternatives: [{ reliability: "C", wikidataId: null }],
    }),
    readBack: async (space, { params, body }) => {
      check((await readEntity(space, params.entityId)).name === body.name, "the new name reads back");
    },
  },
  "POST /entities/{entityId}/merge": {
    principals: ["annotator", "owner"],
    prepare: async (space) => {
      const [from, into] = await Promise.all([createEntity(space, "Amnesty"), createEntity(space, "Amnesty International")]);
      return { params: { entityId: from }, body: { into, note: "The same organisation." } };
    },
    readBack: async (space, { params, body }) => {
      const into = await readEntity(space, body.id);
      check(into.merged.some((e: { id: string }) => e.id === params.entityId), "the merged entity is listed on the one it went into");
    },
  },
};
