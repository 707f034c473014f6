#!/usr/bin/env bash
# Makes sure the browser engines the e2e suite drives are installed: Debian's chromium, firefox-esr
# and webkit2gtk-driver (WebKitWebDriver and MiniBrowser), with xvfb and xauth for the headed ones,
# and the GStreamer plugins WebKit plays the story's clip with (WebM/VP9 from -good; without -gl
# its video sink never advances a frame).
# We never download a browser or a driver (no `npx playwright install`, no npm driver packages):
# this project's machines have no general internet access, only the distribution's mirror.
#
# Chromium is required: without it this fails. Firefox and WebKit are installed where missing when
# this runs as root with apt-get; otherwise each missing one is skipped by the test run, loudly. With
# CI=true nothing may be skipped: a missing engine that cannot be installed fails here.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }
minibrowser() { ls /usr/lib/*/webkit2gtk-4.*/MiniBrowser /usr/lib/webkit2gtk-4.*/MiniBrowser 2>/dev/null | head -n 1; }
gst_plugin() { ls /usr/lib/*/gstreamer-1.0/"libgst$1.so" >/dev/null 2>&1; }

missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! have chromium && ! have chromium-browser && ! have google-chrome; then missing+=(chromium); fi
if [ -z "${FIREFOX_PATH:-}" ] && ! have firefox-esr && ! have firefox; then missing+=(firefox-esr); fi
if ! have WebKitWebDriver || [ -z "$(minibrowser)" ]; then missing+=(webkit2gtk-driver); fi
if ! gst_plugin vpx || ! gst_plugin matroska; then missing+=(gstreamer1.0-plugins-good); fi
if ! gst_plugin opengl; then missing+=(gstreamer1.0-gl); fi
if ! have Xvfb; then missing+=(xvfb); fi
if ! have xauth; then missing+=(xauth); fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && have apt-get; then
  echo "Installing Debian's ${missing[*]} for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "Browser tests: not installed: ${missing[*]} (Debian/Ubuntu: sudo apt-get install --no-install-recommends ${missing[*]})." >&2
if [ -n "${CI:-}" ] || [[ " ${missing[*]} " == *" chromium "* ]]; then
  echo "Chromium is required, and CI runs every engine: install them, then run again." >&2
  exit 1
fi
echo "The e2e suite runs in Chromium and skips the engines it cannot find." >&2
