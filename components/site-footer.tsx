import { pageContainer } from "./ui/class-names";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 py-6 text-sm text-muted dark:border-slate-800 print:hidden">
      <div className={`${pageContainer} flex flex-wrap items-center justify-between gap-2`}>
        <p>Quorum — open source, self-hostable. Learn replication by breaking it.</p>
        <p>MIT licensed</p>
      </div>
    </footer>
  );
}
