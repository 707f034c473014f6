import type { CameraPreset } from '@vitrine/contracts';
import { useShowroom } from './showroom-context.js';

interface Props {
  cameras: readonly CameraPreset[];
  current: string | undefined;
  onSelect(id: string): void;
}

/** Buttons that move the camera to the config's presets ("Front", "Side"...), saying which ("Side view"). */
export function CameraPresets({ cameras, current, onSelect }: Props) {
  const { t, announce } = useShowroom();
  return (
    <div class="row" role="group" aria-label={t('cameras')} part="cameras">
      {cameras.map((c) => (
        <button aria-pressed={c.id === current} aria-label={t('cameraPreset', { label: c.label })} onClick={() => (onSelect(c.id), announce(t('cameraSelected', { label: c.label })))}>
          {c.label}
        </button>
      ))}
    </div>
  );
}
