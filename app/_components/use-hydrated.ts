"use client";
// False in the server's HTML and until React has hydrated the page, then true: forms whose submit
// runs in the browser keep their button disabled until then, so an early click can never fall
// back to the browser's own submission (which would put a password in the address).
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
