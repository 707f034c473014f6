import { describe, expect, it } from 'vitest';
import { parseCliArgs, type CliArgs } from '../../../packages/collector/src/parse-cli-args.js';

describe('parseCliArgs', () => {
  it.each<[string[], CliArgs]>([
    [[], { data: './data', demo: false, help: false }],
    [['--port', '0'], { port: 0, data: './data', demo: false, help: false }],
    [['--port=9000', '--host', '0.0.0.0'], { port: 9000, host: '0.0.0.0', data: './data', demo: false, help: false }],
    [['--data', '/var/lib/vitrine', '--demo'], { data: '/var/lib/vitrine', demo: true, help: false }],
    [['--write-keys', 'a, b,,c'], { writeKeys: ['a', 'b', 'c'], data: './data', demo: false, help: false }],
    [['--help'], { data: './data', demo: false, help: true }],
    [['--database', 'postgres://vitrine@db/vitrine'], { database: 'postgres://vitrine@db/vitrine', data: './data', demo: false, help: false }],
    [['--forward', 'https://hosted.rudderlabs.com/v1/batch', '--forward-write-key', 'rk'], { forward: 'https://hosted.rudderlabs.com/v1/batch', forwardWriteKey: 'rk', data: './data', demo: false, help: false }],
    [['rebuild-rollups', '--data', 'd'], { command: 'rebuild-rollups', data: 'd', demo: false, help: false }],
    [['delete-visitor', '--user-id', 'u-7'], { command: 'delete-visitor', userId: 'u-7', data: './data', demo: false, help: false }],
    [['--retention-days', '30'], { retentionDays: 30, data: './data', demo: false, help: false }],
    [['--max-connections', '250'], { maxConnections: 250, data: './data', demo: false, help: false }],
    [['--referral-exclusions', 'Shop.example, paypal.com'], { referralExclusions: ['shop.example', 'paypal.com'], data: './data', demo: false, help: false }],
    [['rebuild-rollups', '--referral-exclusions', 'paypal.com'], { command: 'rebuild-rollups', referralExclusions: ['paypal.com'], data: './data', demo: false, help: false }],
    [['rebuild-rollups', '--attribution-window-days', '7'], { command: 'rebuild-rollups', attributionWindowDays: 7, data: './data', demo: false, help: false }],
    [['--trust-proxy', '1'], { trustProxy: '1', data: './data', demo: false, help: false }],
    [['--trust-proxy', '10.0.0.0/8,fd00::/8'], { trustProxy: '10.0.0.0/8,fd00::/8', data: './data', demo: false, help: false }],
    [['--ip-rate', '50', '--ip-burst', '200'], { rateLimit: { perIp: { rate: 50, burst: 200 } }, data: './data', demo: false, help: false }],
    [['--write-key-rate', '0.5'], { rateLimit: { perWriteKey: { rate: 0.5 } }, data: './data', demo: false, help: false }],
    [['--ip-rate', 'off', '--write-key-burst', '10'], { rateLimit: { perIp: false, perWriteKey: { burst: 10 } }, data: './data', demo: false, help: false }],
  ])('parses %j', (argv, args) => {
    expect(parseCliArgs(argv)).toEqual(args);
  });

  it.each<[string[], RegExp]>([
    [['--port', 'http'], /--port must be a number from 0 to 65535, not http/],
    [['--port', '70000'], /--port must be a number/],
    [['--port', '-1'], /--port/],
    [['--write-keys', ','], /--write-keys needs at least one key/],
    [['--verbose'], /Unknown option '--verbose'/],
    [['--forward', 'api.segment.io/v1/batch'], /--forward must be an http\(s\) URL/],
    [['--forward-write-key', 'k'], /--forward-write-key needs --forward <url>/],
    [['extra'], /Unknown command 'extra'/],
    [['rebuild-rollups', 'delete-visitor'], /one command at most/],
    [['delete-visitor'], /exactly one of --anonymous-id <id> or --user-id <id>/],
    [['--retention-days', '0'], /--retention-days must be a whole number of days, at least 1, not 0/],
    [['--database', 'mysql://localhost/vitrine'], /--database must be a PostgreSQL URL/],
    [['--max-connections', '0'], /--max-connections must be a whole number, at least 1, not 0/],
    [['--referral-exclusions', 'https://paypal.com/'], /--referral-exclusions takes domains such as shop.example,paypal.com, not https:\/\/paypal.com\//],
    [['--referral-exclusions', ','], /--referral-exclusions takes domains/],
    [['--attribution-window-days', '0'], /--attribution-window-days must be a whole number of days from 1 to 365, not 0/],
    [['--attribution-window-days', '366'], /from 1 to 365, not 366/],
    [['--attribution-window-days', '2.5'], /from 1 to 365, not 2.5/],
    [['--max-connections', 'lots'], /--max-connections must be a whole number, at least 1, not lots/],
    [['--trust-proxy', '0'], /--trust-proxy 0: .*1 to 16 proxies/],
    [['--trust-proxy', 'loadbalancer'], /--trust-proxy loadbalancer: loadbalancer is not an IP address or CIDR subnet/],
    [['--trust-proxy', '10.0.0.0/33'], /--trust-proxy 10.0.0.0\/33: 10.0.0.0\/33 is not an IP address or CIDR subnet/],
    [['--ip-rate', '0'], /--ip-rate must be requests per second, more than 0 and at most 1000000, or off, not 0/],
    [['--write-key-burst', '2.5'], /--write-key-burst must be a whole number of requests from 1 to 1000000, not 2.5/],
    [['--ip-rate', 'off', '--ip-burst', '5'], /--ip-burst makes no sense with --ip-rate off/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
