"use client";

import { useEffect, useRef } from "react";

// Calls `handler` for key presses anywhere on the page, except while the student types in a
// field (there, Enter submits the form and Ctrl+Z edits the text, as usual), and except Enter
// and Space on a focused button or link, which the browser already turns into a click.
export function useKey(handler: (event: KeyboardEvent) => void, active = true): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!active) return;
    const listener = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true]")) return;
      if ((event.key === "Enter" || event.key === " ") && target?.closest("button, a")) return;
      if (event.altKey || event.metaKey) return;
      latest.current(event);
    };
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, [active]);
}
