import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False during server rendering and hydration, true once React runs in the
 * browser. Forms whose submit needs JavaScript stay disabled until then, so an
 * early click can never fall back to a native submit (which would put the
 * password in the URL).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
