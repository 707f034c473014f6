import { createServer } from 'node:net';

/**
 * A batch endpoint on a loopback port nothing listens on: every request to it fails with a network
 * error, as when the shopper is offline. For engines that cannot cut a page off the network (WebKit
 * under WebDriver). The port was free a moment ago; another process taking it meanwhile is unlikely.
 */
export async function refusedEndpoint(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/v1/batch`;
}
