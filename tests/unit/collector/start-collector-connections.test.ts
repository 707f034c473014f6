import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from './start-test-collector.js';

let collector: TestCollector | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await collector?.stop();
  collector = undefined;
});

/** Opens a TCP connection to the collector (kept for cleanup). */
const open = (port: number): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    sockets.push(socket);
    socket.once('error', reject);
  });

/** Sends `GET /health` on a kept-alive connection: its status line, or 'closed' when the server hung up without an answer. */
const ask = (socket: Socket): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    socket.on('error', () => {}); // a reset is reported by 'close' below
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (text.endsWith('}')) resolve(text.split('\r\n')[0]!);
    });
    socket.once('close', () => resolve('closed'));
    socket.write('GET /health HTTP/1.1\r\nHost: collector\r\n\r\n');
  });

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('startCollector({ maxConnections })', () => {
  it('closes the connection past the cap unanswered while serving the open ones, and serves again once they close', async () => {
    const lines: string[] = [];
    collector = await startTestCollector({ maxConnections: 3, log: (line) => lines.push(line) });
    const { port } = collector;
    const first = await Promise.all([open(port), open(port), open(port)]);
    expect(await Promise.all(first.map(ask))).toEqual(Array(3).fill('HTTP/1.1 200 OK'));

    expect(await ask(await open(port))).toBe('closed');
    // The three kept-alive connections are still served.
    expect(await Promise.all(first.map(ask))).toEqual(Array(3).fill('HTTP/1.1 200 OK'));
    expect(lines).toContainEqual(expect.stringMatching(/refused 1 connection\(s\): 3 already open \(maxConnections\)/));

    for (const socket of first) socket.destroy();
    // The server counts a connection closed only once it has seen the close: retry a bounded number of times.
    let answer = 'closed';
    for (let tries = 0; tries < 50 && answer === 'closed'; tries++) {
      answer = await ask(await open(port));
      if (answer === 'closed') await pause(20);
    }
    expect(answer).toBe('HTTP/1.1 200 OK');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses maxConnections: %s at start', async (maxConnections) => {
    await expect(startTestCollector({ maxConnections })).rejects.toThrow(/maxConnections must be a whole number, at least 1/);
  });
});
