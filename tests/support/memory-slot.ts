import type { DeviceSlot } from "@/app/_components/device-storage";

/** A browser storage stand-in for unit tests of what pages keep on the device. */
export function memorySlot(): DeviceSlot & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** A browser storage that refuses everything, as some private modes and a full quota do. */
export function refusingSlot(): DeviceSlot {
  return {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
    removeItem: () => {
      throw new Error("SecurityError");
    },
  };
}
