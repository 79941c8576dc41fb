// A value only the browser knows (its time zone, its clock offset, that hydration is done):
// the server's stand-in while rendering on the server and hydrating, then the browser's own.
// useSyncExternalStore does this without an effect that sets state after the first render.
import { useSyncExternalStore } from "react";

const never = () => () => {};

/** `read` must return the same value each call (a string, number or boolean). */
export function useBrowserValue<T extends string | number | boolean | null>(read: () => T, onServer: T): T {
  return useSyncExternalStore(never, read, () => onServer);
}
