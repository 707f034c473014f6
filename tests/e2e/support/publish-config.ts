/**
 * Saves `config` as a new version of showroom `id` and publishes it, through the admin API, as a
 * marketer would in the editor. Throws with the route's answer when either step is refused.
 */
export async function publishConfig(collector: { url: string; adminToken?: string | undefined }, id: string, config: unknown): Promise<void> {
  const post = async (path: string, body: unknown): Promise<Record<string, unknown>> => {
    const res = await fetch(`${collector.url}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${collector.adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const saved = await post(`/api/configs/${id}/versions`, { config });
  await post(`/api/configs/${id}/publish`, { version: saved['version'] });
}
