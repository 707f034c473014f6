import type { ShowroomConfig } from '@vitrine/contracts';
import { mountShowroom, type ShowroomHandle } from '@vitrine/showroom';
import { useEffect, useRef } from 'preact/hooks';
import { pinPreviewArms } from './pin-preview-arms.js';

/** The 3D chunk, served by the collector next to the editor (see the collector's admin-pages.ts). */
const VIEWER_URL = new URL('./showroom/showroom-viewer.js', import.meta.url);

export interface LivePreviewProps {
  /** The last valid config; undefined until there is one. */
  config: ShowroomConfig | undefined;
  /** Whether the text now differs from `config` because it is invalid. */
  stale: boolean;
  /** The arm picked per experiment id (see pinPreviewArms); none picked: a random arm, as a shopper gets. */
  picks: Readonly<Record<string, string>>;
  onPick: (experimentId: string, armId: string) => void;
}

/**
 * The real widget in preview mode: it renders everything and sends nothing (no tracker, and
 * `preview: true` keeps even exposures out of storage).
 */
export function LivePreview({ config, stale, picks, onPick }: LivePreviewProps) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<ShowroomHandle>();

  useEffect(() => {
    if (!config || !host.current) return;
    const shown = pinPreviewArms(config, picks);
    if (handle.current) handle.current.update(shown);
    else handle.current = mountShowroom(host.current, shown, { preview: true, viewerUrl: VIEWER_URL });
  }, [config, picks]);
  useEffect(() => () => handle.current?.destroy(), []);

  return (
    <section class="panel preview-panel">
      <h2 id="preview-heading">Preview</h2>
      {stale ? <p class="note">The preview shows the last valid version; fix the problems to update it.</p> : null}
      {config?.experiments?.map((experiment) => (
        <div class="field" key={experiment.id}>
          <label for={`preview-arm-${experiment.id}`}>Preview arm of {experiment.id}</label>
          <select id={`preview-arm-${experiment.id}`} value={picks[experiment.id] ?? ''} onChange={(event) => onPick(experiment.id, event.currentTarget.value)}>
            <option value="">Any (as a shopper is bucketed)</option>
            {experiment.arms.map((arm) => (
              <option key={arm.id} value={arm.id}>
                {arm.id}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div class="preview" ref={host} data-testid="preview" />
    </section>
  );
}
