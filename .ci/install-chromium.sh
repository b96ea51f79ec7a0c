#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests, only when it is missing. Playwright's own browser
# downloads cannot be fetched on these machines; Debian's package can. A Japanese font (fonts-ipafont-gothic,
# in bookworm main; fonts-noto-cjk would do too but is 90 MB against 12 MB) and an emoji font come along when
# missing, so screenshots of the playground show text instead of empty boxes. Running it again installs nothing.
set -euo pipefail

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
if command -v fc-list >/dev/null 2>&1; then
  [ -n "$(fc-list :lang=ja 2>/dev/null)" ] || packages+=(fonts-ipafont-gothic)
  # Not `fc-list | grep -q`: grep quitting early makes fc-list fail with SIGPIPE, which pipefail reports.
  [[ "$(fc-list : family 2>/dev/null)" == *"Color Emoji"* ]] || packages+=(fonts-noto-color-emoji)
else
  # fontconfig brings fc-list, for the check at the end and for the next run to see the fonts are there.
  packages+=(fontconfig fonts-ipafont-gothic fonts-noto-color-emoji)
fi

if [ "${#packages[@]}" -eq 0 ]; then
  exit 0
fi

echo "install-chromium: installing ${packages[*]}"
export DEBIAN_FRONTEND=noninteractive
sudo_if_needed=()
[ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
"${sudo_if_needed[@]}" apt-get update -qq
"${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
/usr/bin/chromium --version
# Without a Japanese font the browser tests still pass but every screenshot shows boxes: fail loudly instead.
if [ -z "$(fc-list :lang=ja family 2>/dev/null)" ]; then
  echo "install-chromium: no Japanese font after installing ${packages[*]} (fc-list :lang=ja is empty)" >&2
  exit 1
fi
