import type { ViewerExperience } from '@vitrine/contracts';
import { useShowroom } from './showroom-context.js';
import { safeUrl } from './safe-url.js';

interface ArTarget {
  href: string;
  mode: 'scene-viewer' | 'quick-look';
}

/**
 * Where "view in your room" can go on this device: Quick Look (iOS Safari, which supports
 * `rel="ar"` links to a USDZ file) or Scene Viewer (Android, through an intent URL); none elsewhere.
 * https://developer.apple.com/documentation/arkit/previewing-a-model-with-ar-quick-look
 * https://developers.google.com/ar/develop/scene-viewer
 */
export function arTarget(experience: ViewerExperience, userAgent = navigator.userAgent): ArTarget | undefined {
  const usdz = safeUrl(experience.ar?.usdz);
  if (usdz && document.createElement('a').relList.supports?.('ar')) return { href: usdz, mode: 'quick-look' };
  const model = safeUrl(experience.model);
  if (model && /Android/i.test(userAgent)) {
    const file = encodeURIComponent(new URL(model, location.href).href);
    const back = encodeURIComponent(location.href);
    return {
      href: `intent://arvr.google.com/scene-viewer/1.2?file=${file}&mode=ar_preferred#Intent;scheme=https;package=com.google.ar.core;action=android.intent.action.VIEW;S.browser_fallback_url=${back};end;`,
      mode: 'scene-viewer',
    };
  }
  return undefined;
}

/** The "view in your room" link, rendered only where the device has AR. */
export function ArLink({ experience }: { experience: ViewerExperience }) {
  const { t, reporter } = useShowroom();
  if (!experience.ar) return null;
  const target = arTarget(experience);
  if (!target) return null;
  const poster = safeUrl(experience.poster);
  return (
    <a
      class="btn"
      part="ar"
      data-module="act"
      href={target.href}
      rel={target.mode === 'quick-look' ? 'ar' : undefined}
      onClick={() => reporter.report('AR Launched', { mode: target.mode })}
    >
      {/* Quick Look opens only for a link whose first child is an image. */}
      {target.mode === 'quick-look' && poster && <img src={poster} alt="" width={24} height={24} />}
      {t('ar')}
    </a>
  );
}
