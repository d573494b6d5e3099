#!/usr/bin/env bash
# The browser tests drive Debian's Chromium with playwright-core (browser downloads fail here).
# Installs it when missing and we may; otherwise says so, and the browser suites skip loudly
# (or fail, when FINGERPOST_REQUIRE_BROWSER=1 as in CI).
set -u
[[ -x /usr/bin/chromium ]] && exit 0
if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/tmp/fingerpost-chromium-install.log 2>&1 \
    || { tail -5 /tmp/fingerpost-chromium-install.log; echo "Could not install chromium: browser tests will not run"; }
else
  echo "WARNING: /usr/bin/chromium is missing and cannot be installed here (needs root and apt-get): browser tests will be skipped"
fi
exit 0
