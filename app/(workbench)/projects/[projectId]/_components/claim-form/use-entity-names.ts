"use client";
// The entities a claim form names, growing as the person creates new ones from the form. The API
// client loads when the first one is created: the reader holds this list from its first render,
// long before anyone opens a claim form.
import { useCallback, useState } from "react";
import type { EntityName } from "@/lib/entities/list-entity-names";
import type { TEntityKind } from "@/lib/entities/schemas";
import type { CreateEntity } from "./entity-picker";

export function useEntityNames(projectId: string, initial: readonly EntityName[]): [readonly EntityName[], CreateEntity] {
  const [entities, setEntities] = useState(initial);
  const create = useCallback(
    async (kind: TEntityKind, name: string) => {
      const { createEntity } = await import("../../_lib/claims-api");
      const r = await createEntity(projectId, kind, name);
      if (!r.ok) return { error: r.failure.message };
      setEntities((list) => [...list, r.data]);
      return r.data;
    },
    [projectId],
  );
  return [entities, create];
}
