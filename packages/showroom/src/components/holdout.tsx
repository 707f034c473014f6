import { useEffect } from 'preact/hooks';
import type { ShowroomConfig } from '@vitrine/contracts';
import { markViewRequested } from '../first-view-request.js';
import type { Reporter } from '../reporting/create-reporter.js';
import { safeUrl } from './safe-url.js';
import { addStyles } from '../styles/adopt-styles.js';

// The poster in the 3D view's place and shape.
addStyles('.held{display:block;width:100%;aspect-ratio:4/3;object-fit:contain}');

export interface HoldoutProps {
  config: ShowroomConfig;
  /** 'poster': the viewer's poster as a plain image; 'none': nothing. */
  holdout: 'none' | 'poster';
  reporter: Reporter;
}

/**
 * A hold-out arm's place: the product's poster as a plain image, or nothing at all, so that the
 * collector can compare its visitors' orders with the showroom's. Its exposure is reported (the
 * only event: with no showroom there is nothing to interact with), and the tracker's sending code
 * is not held back for a 3D view that never comes.
 */
export function Holdout({ config, holdout, reporter }: HoldoutProps) {
  useEffect(() => {
    reporter.exposure();
    markViewRequested();
  }, []);
  const viewer = config.experiences.find((e) => e.type === 'viewer');
  const poster = holdout === 'poster' ? safeUrl(viewer?.poster) : undefined;
  return poster ? <img class="held" part="poster" src={poster} alt={viewer!.alt} /> : null;
}
