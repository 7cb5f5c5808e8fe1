import Link from "next/link";
import type { UserQuery } from "@/lib/db";
import { link } from "@/components/ui/class-names";

function hrefFor(query: UserQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.role) params.set("role", query.role);
  if (query.status) params.set("status", query.status);
  if (query.sort !== "newest") params.set("sort", query.sort);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "?";
}

/** "Page 2 of 5" with the previous and next pages, keeping the search and filters. */
export function Pagination({ query, page, pages }: { query: UserQuery; page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(query, page - 1)} className={link} rel="prev">
          Previous
        </Link>
      ) : null}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={hrefFor(query, page + 1)} className={link} rel="next">
          Next
        </Link>
      ) : null}
    </nav>
  );
}
