import { Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { logDroppedConnections } from '../../../../packages/collector/src/http/log-dropped-connections.js';

describe('logDroppedConnections', () => {
  it('logs the first refused connection at once, then at most a line a minute with the count since', () => {
    const server = new Server();
    const lines: string[] = [];
    let time = 0;
    logDroppedConnections(server, 10, (line) => lines.push(line), () => time);
    server.emit('drop');
    expect(lines).toEqual(['refused 1 connection(s): 10 already open (maxConnections)']);
    for (let i = 0; i < 500; i++) server.emit('drop');
    expect(lines).toHaveLength(1);
    time = 60_000;
    server.emit('drop');
    expect(lines).toEqual([lines[0], 'refused 501 connection(s): 10 already open (maxConnections)']);
  });
});
