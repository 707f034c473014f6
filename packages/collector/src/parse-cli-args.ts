import { parseArgs } from 'node:util';

/** The command line of `vitrine-collector`, checked. */
export interface CliArgs {
  /** TCP port; undefined leaves startCollector's default (8787). */
  port?: number;
  /** Interface; undefined leaves startCollector's default ('127.0.0.1'). */
  host?: string;
  /** Data folder as typed, relative to the working directory. Default './data'. */
  data: string;
  /** Accepted write keys; undefined accepts any. */
  writeKeys?: string[];
  /** Serve the demo shop and the tracker build. */
  demo: boolean;
  /** Print usage and exit. */
  help: boolean;
}

export const USAGE = `Usage: vitrine-collector [options]
  --port <n>          TCP port (default 8787; 0 picks a free one)
  --host <addr>       interface to listen on (default 127.0.0.1)
  --data <dir>        folder of the SQLite database (default ./data)
  --write-keys <a,b>  accept only these write keys (default: any)
  --demo              also serve the demo shop at / and the tracker at /tracker/
  --help              print this
       vitrine-collector rotate-admin-token --data <dir>
                      print a new admin token; the old one and every login stop working`;

/** Parses `argv` (without node and the script); throws an Error whose message suits the terminal. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'write-keys': { type: 'string' },
      demo: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const args: CliArgs = { data: values.data ?? './data', demo: values.demo, help: values.help };
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not ${values.port}`);
    args.port = port;
  }
  if (values.host !== undefined) args.host = values.host;
  if (values['write-keys'] !== undefined) {
    const keys = values['write-keys'].split(',').map((key) => key.trim()).filter((key) => key !== '');
    if (keys.length === 0) throw new Error('--write-keys needs at least one key, e.g. --write-keys key1,key2');
    args.writeKeys = keys;
  }
  return args;
}
