import Link from "next/link";

export function HeaderLink({
  href,
  children,
  primary = false,
}: {
  href: string;
  children: React.ReactNode;
  primary?: boolean;
}) {
  const look = primary ? "bg-brand-600 text-white hover:bg-brand-700" : "hover:bg-slate-100 dark:hover:bg-slate-800";
  return (
    <Link href={href} className={`whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium sm:px-3 ${look}`}>
      {children}
    </Link>
  );
}
