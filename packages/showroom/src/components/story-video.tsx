import { useEffect, useRef } from 'preact/hooks';
import type { StoryPage } from '@vitrine/contracts';
import { safeUrl } from './safe-url.js';
import { useShowroom } from './showroom-context.js';

interface Props {
  /** A page with a `video`: its `media` is the poster (shown until the clip's first frame, and when it cannot play), its `mediaAlt` the clip's name ("" hides it from assistive technology, as a decorative image). */
  page: StoryPage;
  /** The story is moving: the clip plays only then (so never by itself under reduced motion, where the story starts paused). */
  playing: boolean;
}

/**
 * A story page's clip: muted, looping, inline, with its captions on (in the config's language). Its
 * chunk is fetched when a page with a clip first shows. It follows the story's Play and
 * Pause (WCAG 2.2.2), so it waits while the shopper holds a page or reads with reduced motion.
 */
export function StoryVideoView({ page, playing }: Props) {
  const { config } = useShowroom();
  const { video, mediaAlt: alt } = page;
  const poster = safeUrl(page.media);
  const element = useRef<HTMLVideoElement>(null);
  const src = safeUrl(video?.src);
  const captions = safeUrl(video?.captions);

  const play = () => {
    const clip = element.current;
    if (!clip) return;
    if (!playing) return clip.pause();
    // A pause() before playback starts rejects play() with an AbortError: that one is expected.
    clip.play().catch((error: unknown) => {
      if ((error as Error | undefined)?.name !== 'AbortError') console.warn(`[vitrine:story-video] ${src} does not play; the page shows its poster.`, error);
    });
  };
  useEffect(play, [playing, src]);
  // The captions are the muted clip's words: shown, whatever a browser's automatic choice (WebKit's
  // leaves a default track off when the clip has no sound).
  useEffect(() => {
    const track = element.current?.textTracks[0];
    if (track) track.mode = 'showing';
  }, [src, captions]);

  if (!src) return poster ? <img src={poster} alt={alt ?? ''} /> : null;
  return (
    <video
      ref={element}
      src={src}
      poster={poster}
      muted
      loop
      playsInline
      preload="metadata"
      {...(captions && { crossOrigin: 'anonymous' })}
      aria-label={alt || undefined}
      aria-hidden={alt === '' ? 'true' : undefined}
      // Asked again once it can play: WebKitGTK leaves a clip asked to play before its data arrived at 0 s.
      onCanPlay={play}
      onError={() => console.warn(`[vitrine:story-video] ${src} could not be loaded; the page shows its poster.`)}
    >
      {captions && <track kind="captions" src={captions} srcLang={config.locale} default />}
    </video>
  );
}
