import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SECRET_FILE = ".auth-secret";

/**
 * The secret that signs session tokens: NEXTAUTH_SECRET when set, otherwise the
 * one stored in the git-ignored .auth-secret, generated on first start.
 */
export function ensureAuthSecret(root: string, log: (line: string) => void): string {
  const fromEnv = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const path = join(root, SECRET_FILE);
  if (existsSync(path)) {
    const stored = readFileSync(path, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  log(`Generated a session secret in ${SECRET_FILE} (git-ignored); set NEXTAUTH_SECRET to use your own.`);
  return secret;
}
