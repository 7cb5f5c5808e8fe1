import Link from "next/link";
import { focusRing } from "@/components/ui/class-names";

/** One menu entry; the page being shown is marked with aria-current, which also styles it. */
export function NavItem({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`block whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-800 dark:aria-[current=page]:text-white ${focusRing}`}
    >
      {children}
    </Link>
  );
}
