import { createServer } from "node:net";

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now, for the servers a
 * test run or bench starts (the app, a proxy, a throwaway PostgreSQL). The
 * port is free when this resolves; whoever asked binds it straight away.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
