import type { Experiment } from '../../../packages/contracts/src/index.js';

/**
 * Saves and publishes a minimal config per showroom id, with the experiments given (id -> arm
 * ids, of equal weights, or the experiment as the config states it), through the admin API: the
 * dashboard lists only the showrooms and experiments of stored configs, as it would after a
 * marketer saved them in the editor.
 */
export async function saveConfigs(
  collector: { url: string; adminToken?: string | undefined },
  showrooms: Record<string, Record<string, string[] | Omit<Experiment, 'id'>>>,
): Promise<void> {
  const post = async (path: string, body: unknown): Promise<Record<string, unknown>> => {
    const res = await fetch(`${collector.url}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${collector.adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  for (const [id, experiments] of Object.entries(showrooms)) {
    const config = {
      product: { name: id, sku: id },
      experiences: [{ type: 'viewer', model: 'model.glb', alt: id }],
      experiments: Object.entries(experiments).map(([experiment, arms]) =>
        Array.isArray(arms) ? { id: experiment, arms: arms.map((arm) => ({ id: arm, weight: 50 })) } : { id: experiment, ...arms },
      ),
    };
    const saved = await post(`/api/configs/${id}/versions`, { config });
    await post(`/api/configs/${id}/publish`, { version: saved['version'] });
  }
}
