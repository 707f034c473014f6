import { checkConfig, shipArm, type ShipArmAnswer } from '@vitrine/contracts';
import type { AdminRoute } from './admin-route.js';
import { CONFIG_ID } from '../configs/config-id.js';
import { parseShipRequest } from '../configs/parse-ship-request.js';
import { shipLabel } from '../configs/ship-label.js';
import { readJsonRequest } from '../http/read-json-request.js';
import { sendJson } from '../http/send-json.js';

/**
 * `POST /api/configs/{id}/ship` (ShipArmRequest -> ShipArmAnswer): the dashboard's "Ship this arm".
 * The published config with the arm's patch merged in (shipArm) and the experiment removed is saved
 * as a new version labelled with the decision and its figures, and published, in one transaction
 * that refuses (409) when another version was published since `expectedVersion`. A dry run answers
 * 200 with what would be saved and saves nothing.
 */
export const SHIP_ARM_ROUTE: AdminRoute = {
  method: 'POST',
  path: '/api/configs/{id}/ship',
  example: '/api/configs/aster-chair/ship',
  async handle({ configs }, req, res, { id }) {
    const body = await readJsonRequest(req);
    if (!CONFIG_ID.test(id!)) return sendJson(res, 400, { error: `"${id}" is not a config id: use a-z, 0-9 and -, at most 64` });
    if ('error' in body) return sendJson(res, body.status, { error: body.error });
    const request = parseShipRequest(body.value);
    if ('error' in request) return sendJson(res, 400, { error: request.error });
    const { experiment, arm, figures, dryRun, expectedVersion } = request;
    const published = await configs.published(id!);
    if (!published) return sendJson(res, 404, { error: `config "${id}" has no published version to ship an arm into` });
    const stale = (version: number | null): void =>
      sendJson(res, 409, { error: `config "${id}" now has version ${version} published, not ${expectedVersion}: someone published since; reload the figures and decide again` });
    if (!dryRun && expectedVersion !== published.version) return stale(published.version);
    const checked = checkConfig(JSON.parse(published.text));
    if (!checked.config) return sendJson(res, 422, { error: `the published version ${published.version} of "${id}" no longer passes the validator`, errors: checked.errors });
    const shipped = shipArm(checked.config, experiment, arm);
    if (!shipped.ok) return sendJson(res, shipped.reason === 'invalid' ? 422 : 404, { error: shipped.message, ...(shipped.reason === 'invalid' && { errors: shipped.errors }) });

    const label = shipLabel(experiment, arm, figures);
    const answer = (version: number, isPublished: boolean): ShipArmAnswer => ({
      id: id!,
      base: published.version,
      version,
      published: isPublished,
      experiment,
      arm,
      ...(shipped.patch && { patch: shipped.patch }),
      text: JSON.stringify({ ...shipped.config, id, version }, null, 2),
      experimentsLeft: shipped.experimentsLeft,
      label,
    });
    if (dryRun) return sendJson(res, 200, answer((await configs.history(id!))!.latest + 1, false));
    const saved = await configs.saveAndPublish(id!, shipped.config as unknown as Record<string, unknown>, { author: 'admin', label }, published.version);
    if (saved.ok) return sendJson(res, 201, answer(saved.version, true));
    if (saved.reason === 'stale') return stale(saved.published);
    sendJson(res, 422, { error: `the shipped config of "${id}" is invalid`, errors: saved.errors });
  },
};
