/**
 * Server-side fetching reaches only public addresses: every address a host resolves to is
 * checked, and the connection is made to the checked address (a `lookup` for node:http), so a
 * DNS answer that changes between the check and the connection (rebinding) cannot bypass it.
 */
import dns from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** Private hosts that may be fetched all the same: host names and addresses or CIDR ranges (INGEST_ALLOW_PRIVATE_HOSTS). */
export interface PrivateHostAllowance {
  hosts: ReadonlySet<string>;
  ranges: readonly [Address, number][];
}

/** No private host allowed: the default. */
export const NO_PRIVATE_HOSTS: PrivateHostAllowance = Object.freeze({ hosts: new Set<string>(), ranges: [] });

/** A URL refused because its host is, or resolves to, an address that is not public. */
export class PrivateAddressError extends Error {
  override readonly name = "PrivateAddressError";
}

/**
 * Parses a comma-separated allowance (`127.0.0.1,localhost,10.0.0.0/8`); throws an
 * error naming the first entry that is neither a host name, an address nor a CIDR range.
 */
export function parsePrivateHostAllowance(value: string): PrivateHostAllowance {
  const hosts = new Set<string>();
  const ranges: [Address, number][] = [];
  for (const raw of value.split(",")) {
    const entry = raw
      .trim()
      .toLowerCase()
      .replace(/^\[(.*)\]$/, "$1");
    if (!entry) continue;
    if (ipaddr.isValidCIDR(entry)) ranges.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const a = ipaddr.process(entry);
      ranges.push([a, a.kind() === "ipv4" ? 32 : 128]);
    } else if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(entry)) hosts.add(entry);
    else throw new Error(`"${raw.trim()}" is not a host name, an IP address or a CIDR range`);
  }
  return { hosts, ranges };
}

/** Parses an address in any form `ipaddr.js` reads (dotted, octal, hex, IPv6, IPv4-mapped IPv6), or null. */
function parseAddress(address: string): Address | null {
  const bare = address.replace(/^\[(.*)\]$/, "$1");
  // an IPv4-mapped IPv6 address is checked as the IPv4 address it carries
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : null;
}

/** Whether an address is public unicast: not loopback, private, link-local, CGNAT, multicast, reserved or the like. */
export function isPublicAddress(address: string): boolean {
  const a = parseAddress(address);
  // the IPv6 "unicast" left over is global; 6to4, Teredo and NAT64 embed other addresses and are refused
  return a !== null && a.range() === "unicast";
}

/** Whether the allowance lets a host name or address through although it is not public. */
function isAllowed(host: string, address: Address | null, allow: PrivateHostAllowance): boolean {
  if (allow.hosts.has(host.toLowerCase())) return true;
  return address !== null && allow.ranges.some((r) => r[0].kind() === address.kind() && address.match(r));
}

/** Why an address (that `host` resolved to) may not be fetched, or null when it may. */
export function getAddressRefusal(host: string, address: string, allow: PrivateHostAllowance): string | null {
  const a = parseAddress(address);
  if (a === null) return `"${address}" is not an IP address`;
  if (a.range() === "unicast" || isAllowed(host, a, allow)) return null;
  const named = host === address ? address : `${host} (${address})`;
  return `${named} is a ${a.range()} address, not a public one; refused unless INGEST_ALLOW_PRIVATE_HOSTS allows it`;
}

/** Throws PrivateAddressError when a URL's host is a literal address that is not public (names are checked on lookup). */
export function checkLiteralHost(url: URL, allow: PrivateHostAllowance): void {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (!ipaddr.isValid(host)) return;
  const refusal = getAddressRefusal(host, host, allow);
  if (refusal) throw new PrivateAddressError(refusal);
}

/** A DNS lookup of every address of a host (dns.lookup with `all`), replaceable in tests. */
export type ResolveAll = (host: string) => Promise<{ address: string; family: number }[]>;

const resolveAllWithDns: ResolveAll = (host) => dns.promises.lookup(host, { all: true, verbatim: true });

/**
 * A `lookup` for node:http that resolves every address of a host, refuses (PrivateAddressError)
 * when any of them is not public and not allowed, and hands the checked addresses to the socket.
 */
export function createGuardedLookup(allow: PrivateHostAllowance, resolveAll = resolveAllWithDns): LookupFunction {
  return (hostname, options, callback) => {
    resolveAll(hostname).then(
      (found) => {
        if (!found.length) return callback(new Error(`${hostname} has no address`), "", 4);
        for (const f of found) {
          const refusal = getAddressRefusal(hostname, f.address, allow);
          if (refusal) return callback(new PrivateAddressError(refusal), "", 4);
        }
        const wanted =
          options.family === 6 || options.family === 4 ? found.filter((f) => f.family === options.family) : found;
        if (!wanted.length) return callback(new Error(`${hostname} has no IPv${options.family} address`), "", 4);
        if (options.all) return (callback as unknown as (e: null, a: typeof wanted) => void)(null, wanted);
        callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, "", 4),
    );
  };
}
