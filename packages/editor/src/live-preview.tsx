import { mountShowroom, type ShowroomConfig, type ShowroomHandle } from '@vitrine/showroom';
import { useEffect, useRef } from 'preact/hooks';

/** The 3D chunk, served by the collector next to the editor (see the collector's admin-pages.ts). */
const VIEWER_URL = new URL('./showroom/showroom-viewer.js', import.meta.url);

export interface LivePreviewProps {
  /** The last valid config; undefined until there is one. */
  config: ShowroomConfig | undefined;
  /** Whether the text now differs from `config` because it is invalid. */
  stale: boolean;
}

/**
 * The real widget in preview mode: it renders everything and sends nothing (no tracker, and
 * `preview: true` keeps even exposures out of storage).
 */
export function LivePreview({ config, stale }: LivePreviewProps) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<ShowroomHandle>();

  useEffect(() => {
    if (!config || !host.current) return;
    if (handle.current) handle.current.update(config);
    else handle.current = mountShowroom(host.current, config, { preview: true, viewerUrl: VIEWER_URL });
  }, [config]);
  useEffect(() => () => handle.current?.destroy(), []);

  return (
    <section class="panel preview-panel">
      <h2 id="preview-heading">Preview</h2>
      {stale ? <p class="note">The preview shows the last valid version; fix the problems to update it.</p> : null}
      <div class="preview" ref={host} data-testid="preview" />
    </section>
  );
}
