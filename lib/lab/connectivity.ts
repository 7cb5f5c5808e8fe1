/**
 * How one node stands in the network's cuts, as its card says it: nothing when it reaches every other node,
 * "partitioned" when it is cut from all of them, otherwise whom it is cut from. A cut in either direction counts: the
 * two cannot hold a conversation.
 */
export function cutText(
  node: string,
  nodes: readonly string[],
  partitions: ReadonlyArray<{ readonly from: string; readonly to: string }>,
): string {
  const cutFrom = new Set<string>();
  for (const p of partitions) {
    if (p.from === node && p.to !== node) cutFrom.add(p.to);
    if (p.to === node && p.from !== node) cutFrom.add(p.from);
  }
  const peers = nodes.filter((n) => n !== node).length;
  if (cutFrom.size === 0) return "";
  if (cutFrom.size >= peers) return "partitioned";
  const [only] = cutFrom;
  return cutFrom.size === 1 && only !== undefined ? `cut from ${only}` : `cut from ${cutFrom.size} of ${peers}`;
}
