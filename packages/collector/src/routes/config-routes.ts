import type { ServerResponse } from 'node:http';
import type { AdminRoute } from './admin-route.js';
import { readJsonRequest } from '../http/read-json-request.js';
import { sendJson } from '../http/send-json.js';
import { SHIP_ARM_ROUTE } from './ship-arm-route.js';
import { CONFIG_ID } from '../configs/config-id.js';
import type { SaveResult } from '../configs/config-store.js';
import type { ConfigListAnswer, ConfigVersionAnswer, PublishConfigAnswer, SaveConfigAnswer, SaveConfigRequest, VersionRequest } from '@vitrine/contracts';

/** Answers a save or revert: 201 with the new version and the validator's findings. */
const sendSaved = (res: ServerResponse, id: string, saved: SaveResult): void =>
  sendJson(res, 201, { id, ...saved, publishable: saved.errors.length === 0 } satisfies SaveConfigAnswer);

/** A request body's fields as they arrive, each still to be checked. */
type Unchecked<T> = { [K in keyof T]?: unknown };

/** A positive integer from the body's `version`, or undefined. */
const versionOf = (value: unknown): number | undefined => (Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined);

const noConfig = (res: ServerResponse, id: string): void => sendJson(res, 404, { error: `no config "${id}"` });

/** The admin API for showroom configs: list, history, one version, save, publish, revert, ship an experiment's arm. */
export const CONFIG_ROUTES: readonly AdminRoute[] = [
  {
    method: 'GET',
    path: '/api/configs',
    example: '/api/configs',
    handle: async ({ configs }, _req, res) => sendJson(res, 200, { configs: await configs.list() } satisfies ConfigListAnswer),
  },
  {
    method: 'GET',
    path: '/api/configs/{id}',
    example: '/api/configs/aster-chair',
    async handle({ configs }, _req, res, { id }) {
      const history = await configs.history(id!);
      if (!history) return noConfig(res, id!);
      sendJson(res, 200, history);
    },
  },
  {
    method: 'GET',
    path: '/api/configs/{id}/versions/{n}',
    example: '/api/configs/aster-chair/versions/1',
    async handle({ configs }, _req, res, { id, n }) {
      const saved = versionOf(Number(n)) && (await configs.version(id!, Number(n)));
      if (!saved) return sendJson(res, 404, { error: `config "${id}" has no version ${n}` });
      sendJson(res, 200, { id: id!, ...saved } satisfies ConfigVersionAnswer);
    },
  },
  {
    method: 'POST',
    path: '/api/configs/{id}/versions',
    example: '/api/configs/aster-chair/versions',
    async handle({ configs }, req, res, { id }) {
      const body = await readJsonRequest(req);
      if (!CONFIG_ID.test(id!)) return sendJson(res, 400, { error: `"${id}" is not a config id: use a-z, 0-9 and -, at most 64` });
      if ('error' in body) return sendJson(res, body.status, { error: body.error });
      const { config, label = '' }: Unchecked<SaveConfigRequest> = body.value;
      if (config === null || typeof config !== 'object' || Array.isArray(config)) return sendJson(res, 400, { error: 'config must be the showroom config, a JSON object' });
      if (typeof label !== 'string' || label.length > 200) return sendJson(res, 400, { error: 'label must be a string of at most 200 characters' });
      const named = (config as { id?: unknown }).id;
      if (named !== undefined && named !== id) return sendJson(res, 400, { error: `config.id is "${String(named)}" but this is config "${id}"; they must match` });
      sendSaved(res, id!, await configs.save(id!, config as Record<string, unknown>, { author: 'admin', label }));
    },
  },
  {
    method: 'POST',
    path: '/api/configs/{id}/publish',
    example: '/api/configs/aster-chair/publish',
    async handle({ configs }, req, res, { id }) {
      const body = await readJsonRequest(req);
      if ('error' in body) return sendJson(res, body.status, { error: body.error });
      const { version: given }: Unchecked<VersionRequest> = body.value;
      const version = versionOf(given);
      if (version === undefined) return sendJson(res, 400, { error: 'version must be a version number (a positive integer)' });
      const result = await configs.publish(id!, version);
      if (result.ok) return sendJson(res, 200, { id: id!, published: result.version } satisfies PublishConfigAnswer);
      if (result.reason === 'not-found') return sendJson(res, 404, { error: `config "${id}" has no version ${version}` });
      sendJson(res, 422, { error: `version ${version} of "${id}" is invalid and cannot be published; fix these first`, errors: result.errors });
    },
  },
  {
    method: 'POST',
    path: '/api/configs/{id}/revert',
    example: '/api/configs/aster-chair/revert',
    async handle({ configs }, req, res, { id }) {
      const body = await readJsonRequest(req);
      if ('error' in body) return sendJson(res, body.status, { error: body.error });
      const { version: given }: Unchecked<VersionRequest> = body.value;
      const version = versionOf(given);
      if (version === undefined) return sendJson(res, 400, { error: 'version must be a version number (a positive integer)' });
      const saved = await configs.revert(id!, version, 'admin');
      if (!saved) return sendJson(res, 404, { error: `config "${id}" has no version ${version}` });
      sendSaved(res, id!, saved);
    },
  },
  SHIP_ARM_ROUTE,
];
