import { withAuth } from "next-auth/middleware";

// Early redirect for comfort only: every page, action and route handler checks
// the role itself through lib/auth/session.ts.
export default withAuth({
  pages: { signIn: "/sign-in" },
});

export const config = {
  matcher: ["/dashboard/:path*", "/admin/:path*", "/authoring/:path*", "/review/:path*", "/interviews/:path*", "/assignments/:path*", "/teach/:path*"],
};
