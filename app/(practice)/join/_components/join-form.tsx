"use client";

import { JoinCodeForm } from "@/components/ui/join-code-form";
import { joinCohortAction } from "../actions";

export function JoinForm({ initialError, initialCode }: { initialError: string | null; initialCode: string }) {
  return (
    <JoinCodeForm
      action={joinCohortAction}
      initial={{ error: initialError, code: initialCode }}
      submitLabel="Join the cohort"
    />
  );
}
