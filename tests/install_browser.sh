#!/usr/bin/env bash
# Debian's chromium for the browser tests (Playwright's own browser download cannot work
# without internet). Installs when missing and we can; otherwise the browser tests skip
# and say why.
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install_browser: no apt-get here; browser tests will be skipped" >&2; exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "install_browser: not root and no sudo; run 'apt-get install chromium' to run the browser tests" >&2; exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null \
  || echo "install_browser: apt-get could not install chromium; browser tests will be skipped" >&2
exit 0
