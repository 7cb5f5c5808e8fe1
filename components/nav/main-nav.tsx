"use client";

import { usePathname } from "next/navigation";
import { SignOutButton } from "@/components/sign-out-button";
import { HeaderLink } from "@/components/header-link";
import { pageContainer } from "@/components/ui/class-names";
import { NavItem } from "./nav-item";
import { currentHref, useNavigation, VISITOR_ENTRIES, type NavLinkEntry } from "./navigation-state";
import { PhoneMenu } from "./phone-menu";

function MenuLinks({
  entries,
  pathname,
  layout,
}: {
  entries: readonly NavLinkEntry[];
  pathname: string;
  layout: string;
}) {
  const current = currentHref(pathname, entries);
  return (
    <nav aria-label="Main">
      <ul className={layout}>
        {entries.map((entry) => (
          <li key={entry.href}>
            <NavItem href={entry.href} current={entry.href === current}>
              {entry.label}
            </NavItem>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The same role-aware menu on every page: a row of links under the header's
 * top row from the large breakpoint (an admin has ten entries), behind the
 * Menu button below it. `tools` (search, theme) sit before the account actions.
 */
export function MainNav({ logo, tools }: { logo: React.ReactNode; tools: React.ReactNode }) {
  const state = useNavigation();
  const pathname = usePathname();
  const entries = state.status === "member" ? state.entries : VISITOR_ENTRIES;
  return (
    <>
      <div className={`${pageContainer} flex items-center gap-1 py-2.5 sm:gap-2`}>
        {logo}
        <div className="ml-auto flex items-center gap-1 sm:gap-2">
          {tools}
          {state.status === "loading" ? <span aria-hidden="true" className="inline-block h-8 w-20" /> : null}
          {state.status === "visitor" ? (
            <>
              <HeaderLink href="/sign-in">Sign in</HeaderLink>
              <HeaderLink href="/sign-up" primary>
                Sign up
              </HeaderLink>
            </>
          ) : null}
          {state.status === "member" ? (
            <div className="hidden lg:block">
              <SignOutButton />
            </div>
          ) : null}
          <PhoneMenu>
            <div className={`${pageContainer} space-y-3 py-3`}>
              <MenuLinks entries={entries} pathname={pathname} layout="grid gap-1 sm:grid-cols-2" />
              {state.status === "member" ? (
                <div className="border-t border-slate-200 pt-3 dark:border-slate-800">
                  <SignOutButton />
                </div>
              ) : null}
            </div>
          </PhoneMenu>
        </div>
      </div>
      <div className={`${pageContainer} hidden pb-2 lg:block`}>
        <MenuLinks entries={entries} pathname={pathname} layout="-mx-2.5 flex flex-wrap items-center gap-0.5" />
      </div>
    </>
  );
}
