/**
 * Whether a click starts a navigation to another page of this site that the router will load: a plain left click on
 * a link here, to a different path or query (a jump within the page loads nothing). Pure, so it is tested without a
 * browser.
 */
export interface ClickLike {
  readonly button: number;
  readonly metaKey: boolean;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly target: unknown;
}

interface AnchorLike {
  readonly href: string;
  readonly target: string;
  hasAttribute(name: string): boolean;
}

interface ElementLike {
  closest(selector: string): unknown;
}

export function navigationTarget(event: ClickLike, here: { readonly href: string }): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const element = event.target as Partial<ElementLike> | null;
  const anchor = (typeof element?.closest === "function" ? element.closest("a[href]") : null) as AnchorLike | null;
  if (!anchor || (anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return false;
  const from = new URL(here.href);
  const to = new URL(anchor.href, from);
  if (to.origin !== from.origin) return false;
  return to.pathname !== from.pathname || to.search !== from.search;
}
