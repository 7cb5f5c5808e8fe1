import type { ReactNode } from "react";

/** The reference's whole chrome: a document and nothing else. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
