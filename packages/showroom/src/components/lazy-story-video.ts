import type { ComponentProps } from 'preact';
import { lazyComponent, type LazyComponent } from './lazy-component.js';
import type { StoryVideoView } from './story-video.js';

/** A story page's clip, in a chunk of its own: fetched only by a story that has one, when its page shows. */
export const LazyStoryVideo: LazyComponent<ComponentProps<typeof StoryVideoView>> = lazyComponent(() => import('./story-video.js').then((m) => m.StoryVideoView));
