/** Loopback addresses that fail the way a real network does, for tests of connection failures. */
import { createServer } from "node:net";

/**
 * A loopback port nothing listens on: taken from the OS and released again, so a connection to it is refused
 * (ECONNREFUSED). Port 9 would not do: fetch refuses it itself as a "bad port" without connecting.
 */
export async function closedPortUrl(path = "/api/"): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}${path}`;
}
