import { prefersReducedMotion } from './prefers-reduced-motion.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Method, StoryExperience, StoryPage } from '@vitrine/contracts';
import { useShowroom } from './showroom-context.js';
import { safeUrl } from './safe-url.js';
import { usePageVisible } from './use-page-visible.js';
import { LazyStoryVideo } from './lazy-story-video.js';

/** ms a page shows before auto-advance when the config sets no `duration`. */
export const PAGE_DURATION = 6_000;
/** A press longer than this pauses (hold to pause) instead of tapping. */
export const HOLD_MS = 300;
/** A horizontal move longer than this is a swipe. */
export const SWIPE_PX = 40;

interface Props {
  story: StoryExperience;
  /** The story is on screen: its tab is selected and the widget has been in view. */
  active: boolean;
  /** A page became current: the shell moves the 3D view (camera preset, hotspot). */
  onPage(page: StoryPage): void;
}

/**
 * Feel: the story, in the WAI-ARIA APG carousel pattern: a pause button first, previous and next
 * buttons, slides labelled "Page n of m", a polite live region only while paused. Progress bars,
 * auto-advance, tap zones (left quarter back, the rest forward), hold to pause, swipe, arrow keys.
 */
export function StoryPanel({ story, active, onPage }: Props) {
  const { t, reporter } = useShowroom();
  const pages = story.pages;
  const [index, setIndex] = useState(0);
  // With reduced motion the story starts paused: pages turn only when the shopper turns them.
  const [paused, setPaused] = useState(prefersReducedMotion);
  const [held, setHeld] = useState(false);
  /** A mouse is over the story: it waits, as the carousel pattern asks, until the mouse leaves. */
  const [hovered, setHovered] = useState(false);
  const [finished, setFinished] = useState(false);
  /** [page index, ms left on it]: kept across pauses so a resumed page does not start over. */
  const left = useRef<[number, number]>([-1, 0]);
  const shown = useRef(-1);
  const method = useRef<Method>('auto');
  const press = useRef<{ x: number; timer: ReturnType<typeof setTimeout> } | null>(null);
  const skipClick = useRef(false);
  const nextButton = useRef<HTMLButtonElement>(null);
  const page = pages[index] as StoryPage;
  const duration = page.duration ?? PAGE_DURATION;
  // A story in a background tab waits: the shopper would come back to its last page otherwise.
  const visible = usePageVisible();
  /** A page's clip plays while this holds: Pause and holding a page stop it, as they stop the pages. */
  const moving = active && visible && !paused && !held;
  const playing = moving && story.autoAdvance !== false && !hovered && !finished;

  const go = (to: number, how: Method) => {
    if (to < 0) return;
    if (to >= pages.length) {
      if (!finished) reporter.report('Story Completed', { page_count: pages.length });
      setFinished(true);
      return;
    }
    method.current = how;
    setFinished(false);
    setIndex(to);
  };

  useEffect(() => {
    if (!active || shown.current === index) return;
    shown.current = index;
    reporter.report('Story Page Viewed', { page: index + 1, page_count: pages.length, title: page.title, method: method.current });
    onPage(page);
  }, [active, index]);

  useEffect(() => {
    if (!playing) return;
    if (left.current[0] !== index) left.current = [index, duration];
    const started = Date.now();
    const timer = setTimeout(() => go(index + 1, 'auto'), left.current[1]);
    return () => {
      clearTimeout(timer);
      if (left.current[0] === index) left.current[1] -= Date.now() - started;
    };
  }, [playing, index]);

  const onPointerDown = (e: PointerEvent) => {
    const timer = setTimeout(() => setHeld(true), HOLD_MS);
    press.current = { x: e.clientX, timer };
  };
  const onPointerUp = (e: PointerEvent) => {
    const p = press.current;
    press.current = null;
    if (!p) return;
    clearTimeout(p.timer);
    const dx = e.clientX - p.x;
    skipClick.current = held || Math.abs(dx) > SWIPE_PX;
    setHeld(false);
    if (Math.abs(dx) > SWIPE_PX) go(index + (dx < 0 ? 1 : -1), 'swipe');
  };
  const onClick = (e: MouseEvent) => {
    if (skipClick.current) return void (skipClick.current = false);
    const box = (e.currentTarget as Element).getBoundingClientRect();
    go(e.clientX - box.left < box.width * 0.25 ? index - 1 : index + 1, 'tap');
  };
  // Keyboard focus entering the story stops it until the shopper presses Play (the carousel
  // pattern); a click's focus does not (its buttons turn pages, and Play must play).
  const onFocusIn = (e: FocusEvent) => {
    const from = e.relatedTarget as Node | null;
    if (!(from && (e.currentTarget as Element).contains(from)) && (e.target as Element).matches(':focus-visible')) setPaused(true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowLeft: -1, ArrowRight: 1 }[e.key];
    if (!step) return;
    e.preventDefault();
    go(index + step, 'keyboard');
  };
  const media = safeUrl(page.media);

  return (
    <section
      class="story"
      aria-roledescription="carousel"
      aria-label={t('storyLabel')}
      data-paused={playing ? undefined : ''}
      onKeyDown={onKeyDown}
      onFocusIn={onFocusIn}
      onPointerEnter={(e) => e.pointerType === 'mouse' && setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      part="story"
    >
      <div class="row">
        {/* Pause stops moving pages and clips alike (WCAG 2.2.2): a story that only has clips has it too. */}
        {(story.autoAdvance !== false || pages.some((p) => p.video)) && (
          <button onClick={() => setPaused(!paused)} aria-label={t(paused ? 'storyPlay' : 'storyPause')}>
            {paused ? '▶' : '❚❚'}
          </button>
        )}
        {/* aria-disabled, not disabled: a button that disables itself under the shopper's focus throws it to the page's top. */}
        <button aria-label={t('storyPrevious')} aria-disabled={index === 0 ? 'true' : undefined} onClick={() => go(index - 1, 'button')}>
          ‹
        </button>
        <button ref={nextButton} aria-label={t('storyNext')} onClick={() => go(index + 1, 'button')}>
          ›
        </button>
        {finished && (
          <button
            onClick={() => {
              shown.current = -1;
              left.current = [-1, 0];
              go(0, 'button');
              // This button goes as the story starts again: focus moves to Next page, not to the page's top.
              nextButton.current?.focus();
            }}
          >
            {t('storyReplay')}
          </button>
        )}
      </div>
      <div class="bars" aria-hidden="true">
        {pages.map((p, i) => {
          const state = i < index || (finished && i === index) ? 'done' : i === index ? 'now' : 'next';
          return (
            <div class="bar" key={`${i}${state}${state === 'now' ? index : ''}`} data-state={state}>
              <div style={state === 'now' ? { animationDuration: `${p.duration ?? PAGE_DURATION}ms` } : undefined} />
            </div>
          );
        })}
      </div>
      <div
        class="slide"
        role="group"
        aria-roledescription="slide"
        aria-label={t('storyPage', { n: index + 1, total: pages.length })}
        aria-live={playing ? 'off' : 'polite'}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onClick={onClick}
        part="slide"
      >
        {page.video ? (
          <LazyStoryVideo page={page} playing={moving} />
        ) : (
          media && <img src={media} alt={page.mediaAlt ?? ''} />
        )}
        <h3>{page.title}</h3>
        <p>{page.text}</p>
        {(page.camera || page.hotspot) && <p class="sr">{t('storyShowInView')}</p>}
      </div>
    </section>
  );
}
