/**
 * Which peers may speak for the client: TRUST_PROXY is unset (no one: the socket
 * address is the client), a hop count (that many proxies in front of the app), or
 * a comma-separated list of proxy addresses. Forwarded headers from anyone else are ignored.
 */
import { isIP } from "node:net";

/** Parsed TRUST_PROXY. */
export type TrustProxy =
  { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; addresses: ReadonlySet<string> };

/** Thrown for a TRUST_PROXY value that is neither a hop count nor a list of addresses. */
export class SettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SettingError";
  }
}

/** An address without the IPv4-mapped prefix, lower-cased, so the same host has one spelling. */
export function normalizeAddress(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith("::ffff:") && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

/** Parses TRUST_PROXY: "" / "0" / "false" → none, "2" → two hops, "10.0.0.1, ::1" → those proxies. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = (value ?? "").trim();
  if (v === "" || v === "0" || v.toLowerCase() === "false") return { kind: "none" };
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 32) throw new SettingError(`TRUST_PROXY=${JSON.stringify(value)}: a hop count must be at most 32`);
    return { kind: "hops", hops };
  }
  const addresses = v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = addresses.find((a) => isIP(a) === 0);
  if (bad !== undefined)
    throw new SettingError(`TRUST_PROXY=${JSON.stringify(value)}: "${bad}" is neither a hop count nor an IP address`);
  return { kind: "list", addresses: new Set(addresses.map(normalizeAddress)) };
}

/** Whether the peer that sent the request (the socket's address) is a proxy we trust. */
export function isTrustedPeer(socketAddress: string, trust: TrustProxy): boolean {
  if (trust.kind === "none") return false;
  if (trust.kind === "hops") return trust.hops > 0;
  return trust.addresses.has(normalizeAddress(socketAddress));
}

/**
 * The client's address: the socket's, unless trusted proxies forwarded the request, then the
 * X-Forwarded-For entry the outermost trusted proxy saw (entries left of it are the client's own claims).
 */
export function clientAddressOf(socketAddress: string, forwardedFor: string | undefined, trust: TrustProxy): string {
  const socket = normalizeAddress(socketAddress || "unknown");
  if (!isTrustedPeer(socket, trust)) return socket;
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map(normalizeAddress),
    socket,
  ];
  if (trust.kind === "hops") return chain[Math.max(0, chain.length - 1 - trust.hops)]!;
  let i = chain.length - 1;
  while (i > 0 && trust.kind === "list" && trust.addresses.has(chain[i]!)) i--;
  return chain[i]!;
}
