#!/usr/bin/env bash
# The virus-scanning tests start a private clamd (ClamAV's daemon from Debian's clamav-daemon)
# with a one-signature test database; they never run freshclam nor download signatures.
# Installs clamd when missing and we may; otherwise says so, and the scanner suites skip loudly
# (or fail, when FINGERPOST_REQUIRE_CLAMD=1 as in CI).
set -u
command -v clamd >/dev/null 2>&1 || [[ -x /usr/sbin/clamd ]] && exit 0
if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's clamav-daemon for the virus-scanning tests…"
  # policy-rc.d 101 stops the package from starting the system clamd and freshclam services:
  # the tests start their own clamd, and freshclam would try to download signatures.
  policy=/usr/sbin/policy-rc.d
  had_policy=0
  [[ -e $policy ]] && had_policy=1
  [[ $had_policy == 0 ]] && printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clamav-daemon) \
    >/tmp/fingerpost-clamd-install.log 2>&1 \
    || { tail -5 /tmp/fingerpost-clamd-install.log; echo "Could not install clamav-daemon: virus-scanning tests will not run"; }
  [[ $had_policy == 0 ]] && rm -f "$policy"
else
  echo "WARNING: clamd is missing and cannot be installed here (needs root and apt-get): virus-scanning tests will be skipped"
fi
exit 0
