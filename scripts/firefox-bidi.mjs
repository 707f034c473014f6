#!/usr/bin/env node
// Firefox ESR for Playwright's `moz-firefox` channel, which drives Firefox over WebDriver BiDi. Playwright
// starts this file as the browser's executable: it starts the real Firefox ($VITRINE_FIREFOX) with the
// same arguments, and puts a small BiDi proxy between the two. Playwright learns the BiDi address from
// the browser's "WebDriver BiDi listening on ws://..." log line, so we print the proxy's address instead.
//
// Why a proxy: Playwright sends `emulation.setMediaFeaturesOverride` for every new context, and
// Firefox ESR answers "unknown command" (it came after ESR's branch point), which fails the context.
// The proxy answers success for that one command when Firefox does not know it; every other message
// passes through untouched. What is lost: `colorScheme`/`reducedMotion` emulation in Firefox ESR.
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { WebSocket, WebSocketServer } from 'ws';

const binary = process.env.VITRINE_FIREFOX;
if (!binary) {
  console.error('firefox-bidi: set VITRINE_FIREFOX to the Firefox executable (playwright.config.ts does)');
  process.exit(2);
}

/** Commands an older Firefox may not know, which Playwright sends without needing their effect. */
const OPTIONAL_COMMANDS = new Set(['emulation.setMediaFeaturesOverride']);
const LISTENING = /^WebDriver BiDi listening on ws:\/\/([^/\s]+)(\S*)$/;

const firefox = spawn(binary, process.argv.slice(2), { stdio: ['ignore', 'pipe', 'pipe'] });
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => firefox.kill(signal));
firefox.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

let server;
for (const [from, to] of [
  [firefox.stdout, process.stdout],
  [firefox.stderr, process.stderr],
]) {
  readline.createInterface({ input: from }).on('line', (line) => {
    const match = LISTENING.exec(line);
    if (!match || server) return void to.write(`${line}\n`);
    server = proxy(`ws://${match[1]}`, (port) => to.write(`WebDriver BiDi listening on ws://127.0.0.1:${port}\n`));
  });
}

/** Listens on a free loopback port; each client gets its own connection to `upstream`. */
function proxy(upstream, onListening) {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 }, () => onListening(wss.address().port));
  wss.on('connection', (client, request) => {
    const browser = new WebSocket(`${upstream}${request.url ?? ''}`, { perMessageDeflate: false });
    const waiting = [];
    const optional = new Set();
    browser.on('open', () => waiting.splice(0).forEach((m) => browser.send(m)));
    client.on('message', (data) => {
      const text = data.toString();
      const message = parse(text);
      if (message && OPTIONAL_COMMANDS.has(message.method)) optional.add(message.id);
      if (browser.readyState === WebSocket.OPEN) browser.send(text);
      else waiting.push(text);
    });
    browser.on('message', (data) => {
      const text = data.toString();
      const message = parse(text);
      if (message && optional.delete(message.id) && message.type === 'error' && message.error === 'unknown command') {
        return void client.send(JSON.stringify({ type: 'success', id: message.id, result: {} }));
      }
      client.send(text);
    });
    const closeBoth = () => {
      client.close();
      browser.close();
    };
    for (const socket of [client, browser]) {
      socket.on('close', closeBoth);
      socket.on('error', (error) => {
        console.error(`firefox-bidi: ${error.message}`);
        closeBoth();
      });
    }
  });
  return wss;
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
