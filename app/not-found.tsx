import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-600 dark:text-brand-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">This page does not exist</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">The link may be mistyped, or the page may have moved.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-600 hover:underline dark:text-brand-300">
        Back to Quorum
      </Link>
    </div>
  );
}
