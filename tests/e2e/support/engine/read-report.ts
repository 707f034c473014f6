import type http from 'node:http';

/** Where pages POST what watch-page.ts reports, on the origin that served them. */
export const REPORT_PATH = '/__report';
const REPORT_MAX = 64 * 1024; // bytes

/** Reads one report's JSON body and hands it to `report`; a bad one is reported as an error itself. */
export function readReport(req: http.IncomingMessage, res: http.ServerResponse, report: (body: unknown) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= REPORT_MAX) chunks.push(chunk);
  });
  req.on('end', () => {
    try {
      if (size > REPORT_MAX) throw new Error(`over ${REPORT_MAX} bytes`);
      report(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(204).end();
    } catch (error) {
      report({ kind: 'error', text: `a bad report: ${String(error)}`, url: REPORT_PATH });
      res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
}
