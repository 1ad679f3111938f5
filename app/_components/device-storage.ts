import type { z } from "zod";

// Small values kept in the browser (localStorage or sessionStorage) across reloads. Every read
// goes through a zod schema: what an older version of the page wrote, or a hand edit, is dropped
// rather than trusted. Storage can be refused (some private modes) or full; then nothing is kept
// and the page goes on with what it holds in memory.

export type DeviceSlot = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** localStorage, or null where the browser refuses it. */
export function deviceSlot(): DeviceSlot | null {
  return safeStorage(() => window.localStorage);
}

/** A storage the browser may refuse to hand out (it throws in some private modes). */
export function safeStorage(get: () => Storage): DeviceSlot | null {
  return safely(get);
}

export function readKept<T>(slot: DeviceSlot | null, name: string, schema: z.ZodType<T>): T | null {
  const text = safely(() => slot?.getItem(name) ?? null);
  if (!text) return null;
  const parsed = schema.safeParse(safely(() => JSON.parse(text) as unknown));
  if (parsed.success) return parsed.data;
  removeKept(slot, name);
  return null;
}

export function writeKept(slot: DeviceSlot | null, name: string, value: unknown): void {
  safely(() => slot?.setItem(name, JSON.stringify(value)));
}

export function removeKept(slot: DeviceSlot | null, name: string): void {
  safely(() => slot?.removeItem(name));
}

function safely<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
