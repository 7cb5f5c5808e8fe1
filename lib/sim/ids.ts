/**
 * Branded identifiers. A node id, an epoch and a log position are all plain
 * strings or numbers at run time; the brands stop one being passed for another.
 */
declare const brand: unique symbol;

export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A node's name as written in a scenario ("A", "east-1"). */
export type NodeId = Brand<string, "NodeId">;
/** A leadership generation; every promotion issues a larger one. Doubles as the fencing token. */
export type Epoch = Brand<number, "Epoch">;
/** Log sequence number: position of an entry in a node's durable log, from 1. 0 means "empty log". */
export type Lsn = Brand<number, "Lsn">;

export const nodeId = (s: string): NodeId => s as NodeId;
export const epoch = (n: number): Epoch => n as Epoch;
export const lsn = (n: number): Lsn => n as Lsn;
