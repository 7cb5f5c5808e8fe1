import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session/current-user";
import { SplitBrainDiagram } from "./_components/split-brain-diagram";
import { FeatureList } from "./_components/feature-list";

export default async function LandingPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  return (
    <>
      <section className="mx-auto grid max-w-6xl items-center gap-10 px-4 py-16 md:grid-cols-2 md:py-24">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wider text-brand-600 dark:text-brand-500">
            System-design interview practice
          </p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight text-balance md:text-5xl">
            Understand replication by breaking it.
          </h1>
          <p className="mt-5 text-lg text-slate-600 dark:text-slate-300">
            Quorum is a practice ground for the part of system design that interviewers probe hardest: how databases
            copy data between machines, and what goes wrong when the network does. Drag a lag slider, read a stale
            replica, cut the network, promote a replica and watch split brain happen — then turn fencing on and watch it
            stop. Every run is deterministic, so you can replay it, share it and be quizzed on it.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link
              href="/sign-up"
              className="rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700"
            >
              Create a free account
            </Link>
            <Link
              href="/sign-in"
              className="rounded-lg border border-slate-300 px-5 py-2.5 font-semibold hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
            >
              Sign in
            </Link>
          </div>
          <p className="mt-4 text-sm text-muted">
            Open source and self-hostable: one command runs it on your laptop with an embedded database.
          </p>
        </div>
        <SplitBrainDiagram />
      </section>
      <FeatureList />
    </>
  );
}
