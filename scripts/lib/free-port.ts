import net from "node:net";

/** An inclusive range of TCP ports. */
export interface PortRange {
  from: number;
  to: number;
}

function tryListen(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(null));
    srv.listen(port, "127.0.0.1", () => {
      const { port: bound } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(bound));
    });
  });
}

/** Ports handed out by this process, so two servers started back to back never get the same one. */
const handedOut = new Set<number>();

/**
 * A free TCP port on the loopback interface: any the system picks, or the first free one of
 * `range` (from a random start, so processes sharing a range rarely collide).
 */
export async function freePort(range?: PortRange): Promise<number> {
  if (!range) {
    const port = await tryListen(0);
    if (port === null) throw new Error("no free loopback port");
    return port;
  }
  const size = range.to - range.from + 1;
  const start = Math.floor(Math.random() * size);
  for (let i = 0; i < size; i++) {
    const port = range.from + ((start + i) % size);
    if (handedOut.has(port)) continue;
    if ((await tryListen(port)) !== null) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free loopback port in ${range.from}-${range.to}`);
}

/** The range a `FROM-TO` value names (e.g. BENCH_PORTS=4300-4399), or undefined for an empty one. */
export function parsePortRange(value: string | undefined): PortRange | undefined {
  if (!value) return undefined;
  const m = /^(\d+)-(\d+)$/.exec(value.trim());
  const from = Number(m?.[1]);
  const to = Number(m?.[2]);
  if (!m || from < 1 || to > 65535 || from > to)
    throw new Error(`a port range must read FROM-TO with 1 <= FROM <= TO <= 65535, got ${JSON.stringify(value)}`);
  return { from, to };
}
