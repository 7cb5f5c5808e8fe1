import pg from "pg";

/** The internal `"char"` type (OID 18) of PostgreSQL's catalogs, which the pg adapter cannot map. */
const CHAR_OID = 18;
const TEXT_OID = 25;

type Field = { dataTypeID: number };
type MaybeResult = { fields?: Field[] } | undefined;

function charAsText<T>(result: T): T {
  for (const field of (result as MaybeResult)?.fields ?? [])
    if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  return result;
}

type QueryFn = (...args: unknown[]) => unknown;

/**
 * Reports `"char"` columns as text. The migration engine reads catalog columns
 * of that type, and @prisma/adapter-pg refuses a whole result set that contains
 * a type it does not know; pg already returns the value as a one-character
 * string, so reporting it as text is exact.
 */
function patchClient(client: pg.PoolClient): void {
  const original = client.query.bind(client) as QueryFn;
  const patched: QueryFn = (config, values, callback) => {
    if (typeof values === "function") [values, callback] = [undefined, values];
    if (typeof callback === "function") {
      const cb = callback as (err: unknown, res: unknown) => void;
      return original(config, values, (err: unknown, res: unknown) => cb(err, err ? res : charAsText(res)));
    }
    const out = original(config, values);
    return out instanceof Promise ? out.then(charAsText) : out;
  };
  (client as unknown as { query: QueryFn }).query = patched;
}

/** A pg pool for the schema engine; the app's client uses a plain pool. */
export function createPgPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  pool.on("connect", patchClient);
  pool.on("error", () => {}); // idle-client errors surface on the next query
  return pool;
}
