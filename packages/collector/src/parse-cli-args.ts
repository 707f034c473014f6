import { parseArgs } from 'node:util';
import { parseLimitFlags } from './parse-limit-flags.js';
import type { RateLimitOptions } from './rate-limit/rate-limit-options.js';
import { parseTrustProxy } from './rate-limit/parse-trust-proxy.js';

/** Subcommands that work on the data folder's database instead of starting the server. */
export const CLI_COMMANDS = ['rebuild-rollups', 'delete-visitor', 'rotate-admin-token'] as const;
export type CliCommand = (typeof CLI_COMMANDS)[number];

/** The command line of `vitrine-collector`, checked. */
export interface CliArgs {
  /** A subcommand; undefined starts the collector. */
  command?: CliCommand;
  /** TCP port; undefined leaves startCollector's default (8787). */
  port?: number;
  /** Interface; undefined leaves startCollector's default ('127.0.0.1'). */
  host?: string;
  /** Data folder as typed, relative to the working directory. Default './data'. */
  data: string;
  /** Accepted write keys; undefined accepts any. */
  writeKeys?: string[];
  /** PostgreSQL URL to store in instead of SQLite in `data`; undefined keeps SQLite. */
  database?: string;
  /** Upstream batch URL every accepted batch is re-posted to; undefined forwards nothing. */
  forward?: string;
  /** The upstream's write key, sent as Basic auth; undefined passes on the request's. */
  forwardWriteKey?: string;
  /** Referrer domains that are no source of visits (also for rebuild-rollups); undefined excludes none but the page's own host. */
  referralExclusions?: string[];
  /** Days an order is credited to the last showroom touch within (also for rebuild-rollups); undefined keeps 30. */
  attributionWindowDays?: number;
  /** Keep this many days of events; undefined keeps everything. */
  retentionDays?: number;
  /** Most connections open at once; undefined leaves startCollector's default (1000). */
  maxConnections?: number;
  /** Proxies trusted in X-Forwarded-For, as typed (checked by parseTrustProxy); undefined trusts none. */
  trustProxy?: string;
  /** Ingest limits given by flags; a limit left out keeps startCollector's default. */
  rateLimit?: Pick<RateLimitOptions, 'perIp' | 'perWriteKey'>;
  /** delete-visitor: whose data. */
  anonymousId?: string;
  userId?: string;
  /** Serve the demo shop and the tracker build. */
  demo: boolean;
  /** Print usage and exit. */
  help: boolean;
}

export const USAGE = `Usage: vitrine-collector [command] [options]
Commands (default: start the collector):
  rebuild-rollups --data <dir>                       build the metrics rollups again from the stored events
                                                     (pass the collector's --referral-exclusions and
                                                     --attribution-window-days too)
  delete-visitor --data <dir> --anonymous-id <id>    delete one visitor's events and rollups
  delete-visitor --data <dir> --user-id <id>         the same, by the site's userId
  rotate-admin-token --data <dir>                    print a new admin token; the old one and every login stop working
Options:
  --port <n>          TCP port (default 8787; 0 picks a free one)
  --host <addr>       interface to listen on (default 127.0.0.1)
  --data <dir>        folder of the SQLite database (default ./data)
  --database <url>    store in this PostgreSQL database (postgres://user:pass@host/db)
                      instead of SQLite in --data; several collectors may share one
  --write-keys <a,b>  accept only these write keys (default: any)
  --forward <url>     re-post every accepted batch, unchanged, to this Segment-compatible
                      batch URL (Segment, RudderStack, Jitsu), with retries
  --forward-write-key <key>  the upstream's write key (default: the request's)
  --referral-exclusions <a.com,b.com>  referrer domains that bring no visit of their own (the
                      shop's other domains, payment providers): such visits count as Direct;
                      the page's own host always counts (default: no other)
  --attribution-window-days <n>  an order (or a cart add) is credited to the visitor's last
                      showroom touch at most n days before it (1 to 365, default 30)
  --retention-days <n> delete events older than n days, at start and hourly (default: keep all)
  --max-connections <n> most connections open at once; more are closed at once (default 1000)
  --trust-proxy <n|cidr,...>  take the client address for rate limits from X-Forwarded-For:
                      n = proxies in front (1 for one load balancer), or the proxies' subnets
                      (10.0.0.0/8,fd00::/8); default: the TCP peer is the client
  --ip-rate <r|off>   ingest requests/s per client IP, sustained (default 20)
  --ip-burst <n>      ingest requests per client IP at once after a quiet spell (default 100)
  --write-key-rate <r|off>  ingest requests/s per write key (default 1000)
  --write-key-burst <n>     ingest requests per write key at once (default 5000)
  --demo              also serve the demo shop at / and the tracker at /tracker/
  --help              print this`;

/** Parses `argv` (without node and the script); throws an Error whose message suits the terminal. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'write-keys': { type: 'string' },
      database: { type: 'string' },
      forward: { type: 'string' },
      'forward-write-key': { type: 'string' },
      'retention-days': { type: 'string' },
      'referral-exclusions': { type: 'string' },
      'attribution-window-days': { type: 'string' },
      'max-connections': { type: 'string' },
      'trust-proxy': { type: 'string' },
      'ip-rate': { type: 'string' },
      'ip-burst': { type: 'string' },
      'write-key-rate': { type: 'string' },
      'write-key-burst': { type: 'string' },
      'anonymous-id': { type: 'string' },
      'user-id': { type: 'string' },
      demo: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  const args: CliArgs = { data: values.data ?? './data', demo: values.demo, help: values.help };
  if (positionals.length > 1) throw new Error(`one command at most, not ${positionals.join(' ')}`);
  const [command] = positionals;
  if (command !== undefined) {
    if (!(CLI_COMMANDS as readonly string[]).includes(command)) throw new Error(`Unknown command '${command}'; commands: ${CLI_COMMANDS.join(', ')}`);
    args.command = command as CliCommand;
  }
  if (values['retention-days'] !== undefined) {
    const days = Number(values['retention-days']);
    if (!/^\d+$/.test(values['retention-days']) || days < 1) throw new Error(`--retention-days must be a whole number of days, at least 1, not ${values['retention-days']}`);
    args.retentionDays = days;
  }
  const exclusions = values['referral-exclusions'];
  if (exclusions !== undefined) {
    const domains = exclusions.split(',').map((domain) => domain.trim().toLowerCase()).filter((domain) => domain !== '');
    const bad = domains.find((domain) => !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain));
    if (domains.length === 0 || bad !== undefined) throw new Error(`--referral-exclusions takes domains such as shop.example,paypal.com, not ${bad ?? exclusions}`);
    args.referralExclusions = domains;
  }
  const windowDays = values['attribution-window-days'];
  if (windowDays !== undefined) {
    if (!/^\d{1,3}$/.test(windowDays) || Number(windowDays) < 1 || Number(windowDays) > 365) throw new Error(`--attribution-window-days must be a whole number of days from 1 to 365, not ${windowDays}`);
    args.attributionWindowDays = Number(windowDays);
  }
  const maxConnections = values['max-connections'];
  if (maxConnections !== undefined) {
    if (!/^\d{1,9}$/.test(maxConnections) || Number(maxConnections) < 1) throw new Error(`--max-connections must be a whole number, at least 1, not ${maxConnections}`);
    args.maxConnections = Number(maxConnections);
  }
  const trustProxy = values['trust-proxy'];
  if (trustProxy !== undefined) {
    try {
      parseTrustProxy(trustProxy);
    } catch (error) {
      throw new Error(`--trust-proxy ${trustProxy}: ${error instanceof Error ? error.message.replace(/^trustProxy:? ?/, '') : String(error)}`);
    }
    args.trustProxy = trustProxy;
  }
  const perIp = parseLimitFlags('ip', values['ip-rate'], values['ip-burst']);
  const perWriteKey = parseLimitFlags('write-key', values['write-key-rate'], values['write-key-burst']);
  if (perIp !== undefined || perWriteKey !== undefined) {
    args.rateLimit = { ...(perIp === undefined ? {} : { perIp }), ...(perWriteKey === undefined ? {} : { perWriteKey }) };
  }
  if (values['anonymous-id'] !== undefined) args.anonymousId = values['anonymous-id'];
  if (values['user-id'] !== undefined) args.userId = values['user-id'];
  if (args.command === 'delete-visitor' && (args.anonymousId === undefined) === (args.userId === undefined)) {
    throw new Error('delete-visitor needs exactly one of --anonymous-id <id> or --user-id <id>');
  }
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not ${values.port}`);
    args.port = port;
  }
  if (values.host !== undefined) args.host = values.host;
  if (values.database !== undefined) {
    if (!/^postgres(ql)?:\/\/./.test(values.database)) throw new Error(`--database must be a PostgreSQL URL, e.g. postgres://vitrine@localhost/vitrine, not ${values.database}`);
    args.database = values.database;
  }
  if (values.forward !== undefined) {
    if (!/^https?:\/\/./.test(values.forward)) throw new Error(`--forward must be an http(s) URL, e.g. https://api.segment.io/v1/batch, not ${values.forward}`);
    args.forward = values.forward;
  }
  if (values['forward-write-key'] !== undefined) {
    if (args.forward === undefined) throw new Error('--forward-write-key needs --forward <url>');
    args.forwardWriteKey = values['forward-write-key'];
  }
  if (values['write-keys'] !== undefined) {
    const keys = values['write-keys'].split(',').map((key) => key.trim()).filter((key) => key !== '');
    if (keys.length === 0) throw new Error('--write-keys needs at least one key, e.g. --write-keys key1,key2');
    args.writeKeys = keys;
  }
  return args;
}
