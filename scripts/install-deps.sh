#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Mailfix needs to build, test and run on Debian 12 (bookworm), only
# what is missing. Debian's packages are the only dependencies.
set -euo pipefail

# Build and run.
PKGS_BUILD=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
            qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev libxkbcommon-dev libssl-dev openssl
            fonts-dejavu-core)
# Tests: real mail servers, the Catch2 framework, a headless display, fuzzing with clang.
# Discovery tier (tests/netns/netlab.py): network namespaces, a DNS server, a firewall rule.
# Benchmark (bench/run.sh): swaks with TLS (Net::SSLeay), /usr/bin/time, libX11 + libXdamage for first paint.
PKGS_TEST=(catch2 desktop-file-utils appstream postfix dovecot-core dovecot-imapd dovecot-pop3d dovecot-lmtpd python3 xvfb xauth clang-14 libclang-rt-14-dev
           swaks libnet-ssleay-perl time libx11-6 libxdamage1 imagemagick poppler-utils
           dnsmasq-base iproute2 iptables)

want=("${PKGS_BUILD[@]}")
case "${1:-}" in
  --test) want+=("${PKGS_TEST[@]}") ;;
  --run|"") ;;
  *) echo "usage: $0 [--run|--test]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-deps.sh: these Debian packages are missing: ${missing[*]}" >&2
    echo "  Installing them needs root and there is no sudo here; run as root, then run this command again:" >&2
    preseed=""
    case " ${missing[*]} " in
      # Postfix would ask how to configure the system mailer; the tests run their own instance.
      *" postfix "*) preseed="echo postfix postfix/main_mailer_type select No configuration | debconf-set-selections && " ;;
    esac
    echo "  su -c '${preseed}apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}'" >&2
    exit 1
  fi
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Postfix asks how to configure the system mailer; the tests run their own instance.
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
