import type { ErrorAnswer, ShipArmAnswer, ShipArmRequest } from '@vitrine/contracts';

/**
 * `POST /api/configs/{config}/ship`, same origin with the session cookie. Never throws: a refusal
 * (409 stale, 404 unknown arm, ...) or a failure comes back as a message to show.
 */
export async function postShipArm(config: string, request: ShipArmRequest): Promise<ShipArmAnswer | { error: string }> {
  try {
    const res = await fetch(`/api/configs/${encodeURIComponent(config)}/ship`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    const body = (await res.json()) as ShipArmAnswer & Partial<ErrorAnswer>;
    return res.ok ? body : { error: `The collector answered ${res.status}: ${body.error ?? 'no reason given'}` };
  } catch (error) {
    return { error: `The request failed (${error instanceof Error ? error.message : String(error)}).` };
  }
}
