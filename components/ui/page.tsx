import { pageContainer } from "./class-names";

/** How wide a page's text runs inside the shared container: left-aligned, so every page starts at the same edge. */
const MEASURES = {
  full: "",
  reading: "max-w-3xl",
  form: "max-w-xl",
} as const;

/**
 * A page's content in the app's one container (the header's and footer's
 * width and edges), with the measure that suits it. Tools that need every
 * pixel (the lab, the interview room) take `measure="full"`.
 */
export function Page({
  measure = "full",
  className = "",
  children,
}: {
  measure?: keyof typeof MEASURES;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={`${pageContainer} py-8`}>
      <div className={`${MEASURES[measure]} ${className}`}>{children}</div>
    </div>
  );
}
