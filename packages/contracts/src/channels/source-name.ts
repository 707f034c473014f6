/** Android app referrers (`android-app://<package>`) that stand for a site of the list. */
const APPS: Record<string, string> = {
  'com.google.android.googlequicksearchbox': 'google',
  'com.google.android.gm': 'mail.google.com',
  'com.facebook.katana': 'facebook',
  'com.instagram.android': 'instagram',
  'com.linkedin.android': 'linkedin',
  'com.twitter.android': 'twitter',
  'com.pinterest': 'pinterest',
  'com.reddit.frontpage': 'reddit',
  'com.zhiliaoapp.musically': 'tiktok',
  'com.google.android.youtube': 'youtube',
  'com.slack': 'slack.com',
};

/** `source` as a host or a name GA4's lists know: `android-app://com.facebook.katana` is `facebook`. */
export function sourceName(source: string): string {
  const lower = source.trim().toLowerCase();
  const app = /^android-app:\/\/([^/]+)/.exec(lower);
  if (app) return APPS[app[1]!] ?? app[1]!;
  return lower.replace(/^www\./, '');
}
