"use client";
// Fetches what the compact list leaves out (note, times, code point offsets) for the annotation a
// person opens, through the API. A pending (not yet saved) annotation has nothing to fetch.
import { useCallback, useEffect, useState } from "react";
import { type AnnotationDetail, fetchAnnotation } from "../_lib/api";

type Loaded = { id: string; data: AnnotationDetail | null; error: string | null };

export function useAnnotationDetail(id: string, pending: boolean) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (pending) return;
    let live = true;
    void fetchAnnotation(id).then((r) => {
      if (live) setLoaded({ id, data: r.ok ? r.data : null, error: r.ok ? null : r.failure.message });
    });
    return () => {
      live = false;
    };
  }, [id, pending]);
  const replace = useCallback((data: AnnotationDetail) => setLoaded({ id: data.id, data, error: null }), []);
  const current = loaded?.id === id ? loaded : null;
  return { detail: current?.data ?? null, error: current?.error ?? null, loading: !pending && !current, replace };
}
