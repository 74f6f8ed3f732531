#!/bin/sh
# Installs what building and testing toyjs needs, and nothing twice.
#
# - Debian packages: a C/C++ toolchain, libuv's, libedit's, OpenSSL's and
#   zlib's headers (libedit: the REPL's line editing; zlib: compression
#   streams), the shared libraries that libnode.so links against, and
#   ccache (the chapters share many files byte for byte; the Makefile
#   compiles each once).
# - V8 itself comes from Debian's libnode108 + libnode-dev (Node 18's V8
#   10.2). Those cannot be installed system-wide beside the Node 20 that
#   some machines carry, so they are fetched with `apt-get download` and
#   unpacked with `dpkg-deb -x` into $DEPS/libnode (git-ignored).
# - With --tests (`make test`, `make sanitize`), also what the debugger's
#   checks drive as clients (tests/checks/debugger-*.sh): Node's own
#   `node inspect` (Node.js from the machine, or Debian's nodejs and npm
#   when there is none), Debian's chromium (its DevTools), and
#   chrome-remote-interface from the npm registry, at the versions
#   mk/npm/package-lock.json pins, installed into $DEPS/npm (git-ignored);
#   and Debian's pandoc, for the check that builds the book as HTML and
#   opens it in Chromium (tests/checks/book.sh).
#   Building and running toyjs needs none of them.
# - With --book (`make book`), only pandoc; with --graphviz (`make
#   figures`), only Graphviz.
#
# Usage: sh mk/deps.sh [--tests | --graphviz | --book] [DEPS_DIR]   (default: deps)
set -eu

TESTS=""
case ${1:-} in
    # --graphviz: only Graphviz, for `make figures` (not needed to build or test).
    --graphviz) shift; PACKAGES_ONLY="graphviz" ;;
    # --book: only pandoc, for `make book` (the book as HTML).
    --book) shift; PACKAGES_ONLY="pandoc" ;;
    --tests) shift; TESTS=1 ;;
esac
DEPS=${1:-deps}
mkdir -p "$DEPS" && DEPS=$(cd "$DEPS" && pwd)
LIBNODE_VERSION_WANTED=${LIBNODE_VERSION:-}

say() { printf 'deps: %s\n' "$*"; }
die() { printf 'deps: error: %s\n' "$*" >&2; exit 1; }

# Packages needed on the machine. libnode108's own dependencies are listed
# by hand (rather than installing libnode108) because its package conflicts
# with the nodejs package some machines have.
PACKAGES="make gcc g++ patch clang libclang-rt-14-dev libuv1-dev libedit-dev libbrotli1 libc-ares2 libicu72 \
libnghttp2-14 libssl3 zlib1g libssl-dev zlib1g-dev strace curl time ccache"
# Node.js runs the debugger checks' clients. A machine that already has a
# node (Debian's or another packaging, which may conflict with Debian's
# nodejs package) keeps it; npm comes with it or from Debian.
if [ -n "$TESTS" ]; then
    PACKAGES="$PACKAGES chromium pandoc"
    command -v node >/dev/null 2>&1 || PACKAGES="$PACKAGES nodejs"
    command -v npm >/dev/null 2>&1 || PACKAGES="$PACKAGES npm"
fi

have_pkg() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

lists_present() {
    ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1
}

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else die "need root to run: $* (run 'make deps' as root)"
    fi
}

apt_update_once() {
    if [ -z "${APT_UPDATED:-}" ]; then
        say "apt-get update"
        as_root apt-get update -qq || die "apt-get update failed; check the network or /etc/apt/sources.list"
        APT_UPDATED=1
    fi
}

command -v dpkg-query >/dev/null 2>&1 || die "this script needs a Debian-like system (dpkg, apt-get); on another system set LIBNODE=... and V8_INCLUDE=... for make, see README.md"

missing=""
for p in ${PACKAGES_ONLY:-$PACKAGES}; do
    have_pkg "$p" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    lists_present || apt_update_once
    say "installing:$missing"
    # shellcheck disable=SC2086
    if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null; then
        apt_update_once
        # shellcheck disable=SC2086
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null \
            || die "apt-get install$missing failed; try it by hand to see why"
    fi
fi

[ -z "${PACKAGES_ONLY:-}" ] || exit 0

# npm packages the tests use, exactly as mk/npm/package-lock.json says;
# `npm ci` again only when the lock file changed since the last install.
MK=$(cd "$(dirname "$0")" && pwd)
if [ -z "$TESTS" ]; then
    :
elif cmp -s "$MK/npm/package-lock.json" "$DEPS/npm/.toyjs-installed-lock"; then
    say "npm packages already in $DEPS/npm"
else
    command -v npm >/dev/null 2>&1 || die "no npm to install the test clients with (install Node.js and npm)"
    mkdir -p "$DEPS/npm"
    cp "$MK/npm/package.json" "$MK/npm/package-lock.json" "$DEPS/npm/"
    ( cd "$DEPS/npm" && npm ci --no-audit --no-fund --loglevel=error >"$DEPS/npm/install.log" 2>&1 ) \
        || { cat "$DEPS/npm/install.log" >&2; die "npm ci in $DEPS/npm failed"; }
    cp "$MK/npm/package-lock.json" "$DEPS/npm/.toyjs-installed-lock"
    say "npm packages installed into $DEPS/npm: $(cd "$DEPS/npm" && ls node_modules | tr '\n' ' ')"
fi

# V8 headers and libnode.so, unpacked into $DEPS/libnode.
stamp="$DEPS/libnode/.toyjs-stamp"
if [ -f "$stamp" ] && [ -f "$DEPS/libnode/usr/include/nodejs/deps/v8/include/v8.h" ]; then
    say "libnode $(cat "$stamp") already in $DEPS/libnode"
    exit 0
fi

lists_present || apt_update_once
mkdir -p "$DEPS/download"
tmp="$DEPS/download"
rm -f "$tmp"/*.deb
fetch() {
    ( cd "$tmp" && apt-get download libnode108$1 libnode-dev$1 >/dev/null 2>"$tmp/apt.log" )
}
ver=""
[ -n "$LIBNODE_VERSION_WANTED" ] && ver="=$LIBNODE_VERSION_WANTED"
if ! fetch "$ver"; then
    apt_update_once
    fetch "$ver" || { cat "$tmp/apt.log" >&2; die "apt-get download libnode108 libnode-dev failed"; }
fi

rm -rf "$DEPS/libnode"
mkdir -p "$DEPS/libnode"
for deb in "$tmp"/libnode108_*.deb "$tmp"/libnode-dev_*.deb; do
    [ -f "$deb" ] || die "download produced no $deb"
    dpkg-deb -x "$deb" "$DEPS/libnode" || die "dpkg-deb -x $deb failed"
done
[ -f "$DEPS/libnode/usr/include/nodejs/deps/v8/include/v8.h" ] \
    || die "libnode-dev unpacked but has no V8 headers at usr/include/nodejs/deps/v8/include"
version=$(dpkg-deb -f "$tmp"/libnode108_*.deb Version)
printf '%s\n' "$version" > "$stamp"
rm -f "$tmp"/*.deb
say "libnode $version unpacked into $DEPS/libnode"
