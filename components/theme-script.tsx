import { THEME_SCRIPT } from "@/lib/theme-script";

/**
 * Applies the saved colour scheme before the first paint, so dark-mode readers
 * never see a white flash. Allowed by the CSP through its hash, not a nonce,
 * so statically generated pages can carry it too.
 */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
