#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds, tests, signs and packages Mailfix on macOS (Homebrew Qt 6, OpenSSL 3, Ninja).
#
#   1. configure (Ninja, Release) against `brew --prefix qt` and `brew --prefix openssl@3`
#   2. build; the .icns is rendered from the SVG at build time (iconutil + rsvg-convert)
#   3. test: unit and hostile tiers (integration and GUI tiers need Postfix/Dovecot: Linux only)
#   4. install into <build>/stage: Mailfix.app with mailfix-cli inside it; Qt deployment by
#      the install step (Qt >= 6.5) or by macdeployqt here (Qt < 6.5); check nothing in the
#      bundle still points into Homebrew
#   5. codesign (ad-hoc by default, or --sign "Developer ID Application: ...")
#   6. DMG with hdiutil (Mailfix.app + /Applications link); notarize with --notary-profile
#
# Written for the bash 3.2 that macOS ships. See packaging/macos/README.md.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: packaging/macos/build.sh [options]
  --build-dir DIR        build directory (default: build/macos)
  --config CFG           Release | RelWithDebInfo | Debug (default: Release)
  --skip-tests           do not build or run the tests
  --skip-package         stop after the staged, deployed Mailfix.app
  --sign IDENTITY        codesign identity (default: "-", ad-hoc)
  --notary-profile NAME  notarize the DMG with `xcrun notarytool --keychain-profile NAME`
  --universal            CMAKE_OSX_ARCHITECTURES="arm64;x86_64" (needs universal Qt and OpenSSL)
  --catch2-dir DIR       a Catch2 v2 package dir (holding Catch2Config.cmake); fetched if empty
environment: QT_PREFIX (default: brew --prefix qt), OPENSSL_PREFIX (default: brew --prefix openssl@3)
EOF
}

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$script_dir/../.." && pwd)
build_dir="$source_dir/build/macos"
config=Release
skip_tests=0
skip_package=0
sign_identity="-"
notary_profile=""
universal=0
catch2_dir=""

while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir=$2; shift 2 ;;
    --config) config=$2; shift 2 ;;
    --skip-tests) skip_tests=1; shift ;;
    --skip-package) skip_package=1; shift ;;
    --sign) sign_identity=$2; shift 2 ;;
    --notary-profile) notary_profile=$2; shift 2 ;;
    --universal) universal=1; shift ;;
    --catch2-dir) catch2_dir=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
case "$config" in Release|RelWithDebInfo|Debug) ;; *) echo "bad --config: $config" >&2; exit 2 ;; esac
[ "$(uname -s)" = Darwin ] || { echo "error: this script is for macOS" >&2; exit 1; }
mkdir -p "$build_dir"
build_dir=$(cd "$build_dir" && pwd)
stage_dir="$build_dir/stage"
deps_dir="$build_dir/_deps"
# The integration and GUI tiers need the real Postfix/Dovecot fixture (servers.*).
test_exclude='^(integration|gui): |^servers\.'

step() { printf '\033[1;36m==> %s\033[0m\n' "$*"; }
warn() { printf '\033[1;33mwarning: %s\033[0m\n' "$*" >&2; }
die() { printf '\033[1;31merror: %s\033[0m\n' "$*" >&2; exit 1; }
run() { printf '> %s\n' "$*"; "$@"; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 not found: $2"; }

# --- 1. prerequisites -----------------------------------------------------------------
need brew "install Homebrew from https://brew.sh"
need cmake "brew install cmake"
need ninja "brew install ninja"
need xcrun "xcode-select --install"
QT_PREFIX=${QT_PREFIX:-$(brew --prefix qt 2>/dev/null || true)}
OPENSSL_PREFIX=${OPENSSL_PREFIX:-$(brew --prefix openssl@3 2>/dev/null || true)}
[ -f "$QT_PREFIX/lib/cmake/Qt6/Qt6Config.cmake" ] || die "no Qt 6 at '$QT_PREFIX': brew install qt (or set QT_PREFIX)"
[ -f "$OPENSSL_PREFIX/include/openssl/ssl.h" ] || die "no OpenSSL 3 at '$OPENSSL_PREFIX': brew install openssl@3 (or set OPENSSL_PREFIX)"
if ! command -v rsvg-convert >/dev/null 2>&1; then
  warn "rsvg-convert not found: Mailfix.app gets no icon (brew install librsvg)"
fi
echo "Qt: $QT_PREFIX  OpenSSL: $OPENSSL_PREFIX"

cmake_args=(-S "$source_dir" -B "$build_dir" -G Ninja
  "-DCMAKE_BUILD_TYPE=$config"
  "-DCMAKE_PREFIX_PATH=$QT_PREFIX;$OPENSSL_PREFIX"
  "-DOPENSSL_ROOT_DIR=$OPENSSL_PREFIX")
if [ "$universal" = 1 ]; then
  warn "universal build: Homebrew's Qt and OpenSSL are single-architecture; use the Qt online installer's kit (QT_PREFIX=~/Qt/6.x.y/macos) and a universal OpenSSL"
  cmake_args+=("-DCMAKE_OSX_ARCHITECTURES=arm64;x86_64")
fi

# --- 2. Catch2 v2 for the tests (Homebrew's catch2 is v3: no catch2/catch.hpp) ----------------
if [ "$skip_tests" = 1 ]; then
  cmake_args+=(-DMAILFIX_BUILD_TESTS=OFF)
else
  need python3 "xcode-select --install (the test configuration needs Python 3)"
  if [ -z "$catch2_dir" ]; then
    catch2_dir="$deps_dir/catch2/lib/cmake/Catch2"
    if [ ! -f "$catch2_dir/Catch2Config.cmake" ]; then
      step "Catch2 v2.13.10 (header-only) into $deps_dir"
      need git "xcode-select --install"
      [ -d "$deps_dir/catch2-src" ] ||
        run git clone --quiet --depth 1 --branch v2.13.10 https://github.com/catchorg/Catch2.git "$deps_dir/catch2-src"
      run cmake -S "$deps_dir/catch2-src" -B "$deps_dir/catch2-build" -G Ninja \
        "-DCMAKE_INSTALL_PREFIX=$deps_dir/catch2" -DCATCH_BUILD_TESTING=OFF -DCATCH_INSTALL_DOCS=OFF \
        -DCMAKE_POLICY_VERSION_MINIMUM=3.5
      run cmake --install "$deps_dir/catch2-build"
    fi
  fi
  cmake_args+=(-DMAILFIX_BUILD_TESTS=ON "-DCatch2_DIR=$catch2_dir")
fi

# --- 3. configure, build, test --------------------------------------------------------------
step "Configure ($config)"
run cmake "${cmake_args[@]}"
step "Build"
run cmake --build "$build_dir" --parallel

if [ "$skip_tests" = 0 ]; then
  step "Tests: unit and hostile (integration and GUI tiers need Postfix/Dovecot: skipped)"
  # The hostile tier makes its certificate with `openssl req -addext`: use OpenSSL 3, not
  # the LibreSSL in /usr/bin.
  PATH="$OPENSSL_PREFIX/bin:$PATH" run ctest --test-dir "$build_dir" --output-on-failure --timeout 300 -E "$test_exclude"
fi

# --- 4. install and deploy -------------------------------------------------------------------
step "Install into $stage_dir"
rm -rf "$stage_dir"
run cmake --install "$build_dir" --prefix "$stage_dir"
app="$stage_dir/Mailfix.app"
[ -d "$app" ] || die "no Mailfix.app in $stage_dir"
if ! grep -q '^MAILFIX_QT_DEPLOY_AT_INSTALL:INTERNAL=ON$' "$build_dir/CMakeCache.txt"; then
  step "macdeployqt (Qt < 6.5)"
  macdeployqt="$QT_PREFIX/bin/macdeployqt"
  [ -x "$macdeployqt" ] || die "macdeployqt not found in $QT_PREFIX/bin"
  run "$macdeployqt" "$app" "-executable=$app/Contents/MacOS/mailfix-cli" -always-overwrite
fi

step "Check: nothing in the bundle loads from Homebrew"
leaks=0
while IFS= read -r -d '' f; do
  if file -b "$f" | grep -q 'Mach-O'; then
    if otool -L "$f" | tail -n +2 | grep -E '/opt/homebrew|/usr/local|/Users/' >/dev/null; then
      echo "  $f:"; otool -L "$f" | tail -n +2 | grep -E '/opt/homebrew|/usr/local|/Users/' || true
      leaks=1
    fi
  fi
done < <(find "$app/Contents" -type f \( -perm -u+x -o -name '*.dylib' \) -print0)
[ "$leaks" = 0 ] || die "the bundle still references libraries outside itself"
run "$app/Contents/MacOS/mailfix-cli" --version

# --- 5. codesign ---------------------------------------------------------------------------------
step "codesign with identity '$sign_identity'"
sign_args=(--force --sign "$sign_identity")
if [ "$sign_identity" != "-" ]; then
  # Developer ID: hardened runtime and a secure timestamp, both required for notarization.
  sign_args+=(--options runtime --timestamp)
fi
# Inside out: libraries and plugins, frameworks, the CLI, then the app.
while IFS= read -r -d '' f; do
  run codesign "${sign_args[@]}" "$f"
done < <(find "$app/Contents" -type f -name '*.dylib' -print0)
if [ -d "$app/Contents/Frameworks" ]; then
  while IFS= read -r -d '' f; do
    run codesign "${sign_args[@]}" "$f"
  done < <(find "$app/Contents/Frameworks" -maxdepth 1 -name '*.framework' -print0)
fi
run codesign "${sign_args[@]}" "$app/Contents/MacOS/mailfix-cli"
run codesign "${sign_args[@]}" "$app"
run codesign --verify --deep --strict --verbose=2 "$app"

[ "$skip_package" = 1 ] && { step "Done: $app"; exit 0; }

# --- 6. DMG, notarization ------------------------------------------------------------------------
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
dmg="$build_dir/Mailfix-$version-macos.dmg"
step "DMG: $dmg"
dmg_root="$build_dir/dmg-root"
rm -rf "$dmg_root" && mkdir -p "$dmg_root"
run ditto "$app" "$dmg_root/Mailfix.app"
ln -s /Applications "$dmg_root/Applications"
run hdiutil create -volname "Mailfix $version" -srcfolder "$dmg_root" -fs HFS+ -format UDZO -ov "$dmg"
if [ "$sign_identity" != "-" ]; then
  run codesign --force --sign "$sign_identity" --timestamp "$dmg"
fi
if [ -n "$notary_profile" ]; then
  [ "$sign_identity" != "-" ] || die "notarization needs a Developer ID identity (--sign)"
  step "Notarize (xcrun notarytool, profile $notary_profile)"
  run xcrun notarytool submit "$dmg" --keychain-profile "$notary_profile" --wait
  run xcrun stapler staple "$dmg"
  run spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
fi
step "Done: $dmg"
