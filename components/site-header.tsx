import Link from "next/link";
import { AccountLinks } from "./account-links";
import { HeaderLink } from "./header-link";
import { ThemeToggle } from "./theme-toggle";
import { QuorumLogo } from "./quorum-logo";

/**
 * The header renders the same for everyone, so pages under it can be
 * statically generated; only the account links depend on the session, and
 * they load it in the browser.
 */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/80 backdrop-blur dark:border-slate-800 dark:bg-slate-950/80 print:hidden">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center gap-1 px-3 py-3 sm:gap-2 sm:px-4">
        <Link href="/" className="mr-auto flex items-center gap-2 font-semibold tracking-tight">
          <QuorumLogo className="size-7" />
          <span className="max-sm:sr-only">Quorum</span>
        </Link>
        <ThemeToggle />
        <HeaderLink href="/learn">Lessons</HeaderLink>
        <HeaderLink href="/lab">Lab</HeaderLink>
        <AccountLinks />
      </nav>
    </header>
  );
}
