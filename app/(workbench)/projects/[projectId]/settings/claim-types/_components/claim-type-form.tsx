"use client";
// Owners describe a new claim type as a list of typed fields, saved through the API
// (POST /api/v1/projects/{projectId}/claim-types). The route's zod schema checks the form here
// first; each error, the browser's or the server's, is shown beside its control.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { callApi } from "@/app/_lib/api/call-api";
import { useApiForm } from "@/app/_lib/api/use-api-form";
import { ZCreateClaimType } from "@/lib/claims/types/custom";
import { createClaimType } from "@/lib/http/contracts/claims";
import { claimTypeInput } from "../_lib/claim-type-input";
import { FieldRow } from "./field-row";

interface Row {
  key: number;
  kind: string;
}

export function ClaimTypeForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const [rows, setRows] = useState<Row[]>([{ key: 0, kind: "text" }]);
  const nextKey = useRef(1);
  const [generation, setGeneration] = useState(0);
  const { errors, message, tone, pending, onSubmit } = useApiForm({
    schema: ZCreateClaimType,
    toInput: claimTypeInput,
    errorKeys: "path",
    send: (body) => callApi(createClaimType, { params: { projectId }, body }),
    onSuccess: (created) => {
      // Start again with an empty form (a new generation remounts the inputs), under the new list.
      setGeneration((g) => g + 1);
      setRows([{ key: 0, kind: "text" }]);
      router.refresh();
      return `Added the claim type “${created.name}”. Claims of this type can now be made in the reader and through the API.`;
    },
  });

  const setKind = (key: number, kind: string) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, kind } : r)));
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="new-type-heading">
      <FormMessage message={message} tone={tone} />
      <div key={generation} className="form-stack">
        <div className={errors.name ? "field field-invalid" : "field"}>
          <label htmlFor="ct-name">Name</label>
          <input id="ct-name" name="name" required maxLength={40} placeholder="detention_site" autoComplete="off" aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? "ct-name-error ct-name-hint" : "ct-name-hint"} />
          <p className="field-hint" id="ct-name-hint">
            Lowercase letters, digits and _; this is the type&apos;s id in the API.
          </p>
          {errors.name ? (
            <p className="field-error" id="ct-name-error">
              Name {errors.name}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="ct-description">
            Description <span className="field-optional">(optional)</span>
          </label>
          <input id="ct-description" name="description" maxLength={2000} dir="auto" />
        </div>
      {errors.fields ? <p className="field-error">Fields: {errors.fields}</p> : null}
      {rows.map((r, i) => (
        <FieldRow key={r.key} index={i} kind={r.kind} errors={errors} onKind={(k) => setKind(r.key, k)} onRemove={rows.length > 1 ? () => setRows((rs) => rs.filter((x) => x.key !== r.key)) : null} />
      ))}
      </div>
      <div className="form-actions">
        <button type="button" className="button-quiet" onClick={() => setRows((rs) => [...rs, { key: nextKey.current++, kind: "text" }])}>
          Add a field
        </button>
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? "Adding…" : "Add claim type"}
        </button>
      </div>
    </form>
  );
}
