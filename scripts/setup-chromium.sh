#!/usr/bin/env bash
# Installs Debian's Chromium for the dashboard's browser test, if it is not there yet.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "wqy\|noto.*cjk"; then exit 0; fi
if [ "$(id -u)" != 0 ]; then echo "setup-chromium: not root, skipping"; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null
