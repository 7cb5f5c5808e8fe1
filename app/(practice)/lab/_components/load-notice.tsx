/** What in the URL could not be read, and what opened instead. */
export function LoadNotice({ problems, scenario }: { problems: readonly string[]; scenario: string }) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-amber-500 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">⚠ Part of this link could not be read, so the lab opened “{scenario}” instead.</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
