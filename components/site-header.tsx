import Link from "next/link";
import { MainNav } from "./nav/main-nav";
import { SearchLauncher } from "./search/search-launcher";
import { ThemeToggle } from "./theme-toggle";
import { QuorumLogo } from "./quorum-logo";
import { focusRing } from "./ui/class-names";

/**
 * The header renders the same for everyone, so pages under it can be
 * statically generated; the role's menu is read in the browser (MainNav).
 */
export function SiteHeader() {
  return (
    <header className="relative z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90 print:hidden">
      <MainNav
        logo={
          <Link
            href="/"
            className={`flex shrink-0 items-center gap-2 rounded-md font-semibold tracking-tight ${focusRing}`}
          >
            <QuorumLogo className="size-7" />
            <span className="max-sm:sr-only">Quorum</span>
          </Link>
        }
        tools={
          <>
            <SearchLauncher />
            <ThemeToggle />
          </>
        }
      />
    </header>
  );
}
