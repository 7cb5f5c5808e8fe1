import type { Metadata } from "next";
import { readLabAddress } from "@/lib/lab/lab-url";
import { Page } from "@/components/ui/page";
import { LabPage } from "./_components/lab-page";

export const metadata: Metadata = {
  title: "Replication lab",
  description:
    "Drive a simulated replicated database: lag, partitions, promotion, fencing. Rewind, branch and share any run.",
};

/**
 * Public: no sign-in. The server reads the address (?run=, ?tree=, ?demo=, or ?scenario= / ?seed= / ?n=), bounding
 * and checking every parameter before the lab simulates anything; what it cannot read is shown, never thrown.
 */
export default async function LabRoute({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const address = readLabAddress(raw);
  return (
    <Page>
      {/* A new address (another scenario picked) mounts a new lab; the lab's own address updates do not. */}
      <LabPage key={JSON.stringify(raw)} address={address} />
    </Page>
  );
}
