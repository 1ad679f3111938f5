"use client";

import { joinClassAction } from "@/app/_server/actions/class-actions";
import { ActionForm } from "./action-form";

export function JoinClassForm({ code = "" }: { code?: string }) {
  return (
    <ActionForm action={joinClassAction} submitLabel="Join class" pendingLabel="Joining…">
      <label>
        Join code
        <input
          name="code"
          type="text"
          defaultValue={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
        />
      </label>
    </ActionForm>
  );
}
