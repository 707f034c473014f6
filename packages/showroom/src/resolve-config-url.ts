/** A config id as the collector publishes it (showroom.schema.json's `id`). */
const CONFIG_ID = /^[a-z0-9-]{1,64}$/;

/**
 * Where to fetch a config given as a string: an id ("aster-chair") resolves to the collector's
 * published configs, `{origin of endpoint}/v1/configs/{id}`; anything else is a URL, resolved
 * against the page. Throws a setup error for an id without an endpoint.
 */
export function resolveConfigUrl(config: string, endpoint: string | undefined, base: string): string {
  if (!CONFIG_ID.test(config)) return new URL(config, base).href;
  if (!endpoint) throw new Error(`[vitrine:no-endpoint] The config id "${config}" needs an endpoint to find the collector: set endpoint (or data-endpoint) to its batch URL.`);
  return new URL(`/v1/configs/${config}`, new URL(endpoint, base).origin).href;
}
