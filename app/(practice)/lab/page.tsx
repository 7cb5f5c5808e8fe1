import type { Metadata } from "next";
import { LabPage } from "./_components/lab-page";

export const metadata: Metadata = {
  title: "Replication lab",
  description:
    "Drive a simulated replicated database: lag, partitions, promotion, fencing. Rewind, branch and share any run.",
};

/** Public: no sign-in. Reads ?run= (a share code) or ?scenario= / ?seed= / ?n=. */
export default async function LabRoute({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string") params[k] = v;
  return (
    <div className="mx-auto w-full max-w-7xl px-3 py-6 sm:px-4">
      <LabPage params={params} />
    </div>
  );
}
