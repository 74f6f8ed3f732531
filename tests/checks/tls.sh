#!/bin/sh
# TLS trust from the environment, which a JS test (no environment of its
# own) cannot set: with TOYJS_CERT naming a PEM file, Toy.connectTls
# trusts the certificates in it on top of the system's, as fetch() needs
# for an https: URL; without it the same server is refused; with a file
# that is not there, the connection fails with a clear message. Also that
# the system store (OpenSSL's default paths) is consulted at all.
# Last, fetch() against Toy.serve({ cert, key }): HTTPS on both ends.
# Prints `ok NAME` or `FAIL NAME: why` per case.

set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
TOYJS=${TOYJS:-build/toyjs}
case $TOYJS in /*) ;; *) TOYJS=$ROOT/$TOYJS ;; esac

if [ ! -x "$TOYJS" ]; then
    echo "FAIL tls: no $TOYJS (build it with make)"
    exit 1
fi
failed=0
ARG=
SCRIPT=tests/js/tls/fixtures/env-trust.js
PERMS="--allow-net --allow-read=tests/fixtures/tls"

# check NAME EXPECTED [VAR=VALUE]: runs the script (with the variable set,
# if given) and compares its one line of output.
check() {
    name=$1 want=$2
    shift 2
    # shellcheck disable=SC2086
    got=$(env -u TOYJS_CERT -u SSL_CERT_FILE -u SSL_CERT_DIR "$@" timeout 20 "$TOYJS" $PERMS "$SCRIPT" $ARG 2>&1)
    # the server's port changes with every run
    got=$(printf '%s\n' "$got" | sed 's/localhost:[0-9]*/localhost:PORT/')
    if [ "$got" = "$want" ]; then
        echo "ok tls $name"
    else
        echo "FAIL tls $name: expected '$want', got '$got'"
        failed=$((failed + 1))
    fi
}

check "TOYJS_CERT trusts the test CA" \
    "HTTP/1.1 200 OK | you asked for /hello" TOYJS_CERT=tests/fixtures/tls/ca.pem
check "without TOYJS_CERT the test CA is unknown" \
    "InvalidData: invalid peer certificate: unable to get local issuer certificate"
# OpenSSL's default verify paths are the system store; SSL_CERT_FILE
# points them elsewhere, which shows they are the ones consulted.
check "the system store is trusted" \
    "HTTP/1.1 200 OK | you asked for /hello" SSL_CERT_FILE=tests/fixtures/tls/ca.pem
check "a missing TOYJS_CERT file is an error" \
    "InvalidData: Unable to add pem file to certificate store: TOYJS_CERT 'tests/fixtures/tls/missing.pem'" \
    TOYJS_CERT=tests/fixtures/tls/missing.pem
# The same server, with fetch() as the client.
ARG=fetch
check "fetch over https trusts TOYJS_CERT" \
    "200 OK | you asked for /hello" TOYJS_CERT=tests/fixtures/tls/ca.pem
check "fetch over https refuses an unknown issuer" \
    "TypeError: error sending request for url (https://localhost:PORT/hello): error trying to connect: invalid peer certificate: unable to get local issuer certificate"
# Both ends: fetch() against Toy.serve over TLS.
ARG=
SCRIPT=tests/js/tls/fixtures/serve-fetch.js
check "fetch from an https Toy.serve" \
    '200 {"method":"POST","body":"hi"}' TOYJS_CERT=tests/fixtures/tls/ca.pem
[ "$failed" = 0 ]
