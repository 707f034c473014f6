/**
 * Every string the widget shows, in English. A config's `strings` replaces any of them by key, and
 * showroom.schema.json lists exactly these keys (a test keeps the two in step). `{name}` marks a
 * value filled in by `formatString`.
 */
export const DEFAULT_STRINGS = {
  // The whole widget
  showroomLabel: '{product} showroom',
  experiencesLabel: 'Ways to explore {product}',
  viewerTab: '3D view',
  storyTab: 'Story',
  quizTab: 'Find your match',
  invalidConfig: 'This showroom is unavailable.',
  close: 'Close',
  partFailed: 'This part could not load.',
  // Sense: the 3D view
  viewerLabel: '3D view of {product}',
  viewerHelp: 'Drag sideways to turn, pinch or Ctrl + scroll to zoom (scroll alone zooms once the view is selected). With a keyboard: arrow keys turn and tilt, + and − zoom.',
  rotateLeft: 'Turn left',
  rotateRight: 'Turn right',
  rotateUp: 'Tilt up',
  rotateDown: 'Tilt down',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetView: 'Reset view',
  autoRotateStop: 'Stop turning',
  autoRotateStart: 'Start turning',
  loading: 'Loading the 3D view…',
  loadingProgress: 'Loading the 3D view: {percent}%',
  loadFailed: 'The 3D view could not load.',
  noWebgl: 'Your browser cannot show the 3D view.',
  retry: 'Try again',
  hotspotsLabel: 'Details',
  openHotspot: 'Show detail: {label}',
  closeHotspot: 'Close detail',
  variants: 'Colours',
  variantSelected: '{label} selected',
  cameras: 'Views',
  cameraPreset: 'View from {label}',
  // Feel: the story
  storyLabel: 'Story about {product}',
  storyPause: 'Pause story',
  storyPlay: 'Play story',
  storyNext: 'Next page',
  storyPrevious: 'Previous page',
  storyPage: 'Page {n} of {total}',
  storyReplay: 'Watch again',
  storyShowInView: 'Shown in the 3D view',
  // Think: the quiz
  quizLabel: 'Quiz',
  quizStart: 'Start the quiz',
  quizQuestion: 'Question {n} of {total}',
  quizChooseOne: 'Choose one answer.',
  quizChooseMany: 'Choose all that apply.',
  quizBack: 'Back',
  quizNext: 'Next',
  quizSeeResult: 'See my match',
  quizRestart: 'Retake the quiz',
  quizResultLabel: 'Your match',
  quizShowVariant: 'See it in 3D',
  quizWhy: 'Why this?',
  quizWhyIntro: 'Because you chose:',
  incentiveReveal: 'Reveal your code',
  incentiveCode: 'Your code: {code}',
  copyCode: 'Copy code',
  codeCopied: 'Code copied',
  // Act and relate
  price: 'Price: {price}',
  ar: 'View in your room',
  share: 'Share',
  shareTitle: '{product}',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
} as const;

/** A key of DEFAULT_STRINGS: what a config's `strings` may replace. */
export type StringKey = keyof typeof DEFAULT_STRINGS;
