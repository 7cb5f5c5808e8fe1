"use client";
import dynamic from "next/dynamic";

/**
 * The candidate's room reads localStorage while it initialises (unsaved notes
 * win over the server copy), so it renders in the browser only.
 */
export const CandidateRoomLoader = dynamic(
  () => import("@/components/interview/candidate-room").then((m) => m.CandidateRoom),
  {
    ssr: false,
    loading: () => <p className="text-sm text-slate-600">Loading your interview…</p>,
  },
);
