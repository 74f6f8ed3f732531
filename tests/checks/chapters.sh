#!/bin/sh
# The committed chapters/ must be exactly what src/ generates: one fix in
# src/ reaches every chapter, or this check says which files are stale.
TOYBOOK=${TOYBOOK:-build/tools/toybook}
if out=$("$TOYBOOK" chapters --check 2>&1); then
    echo "ok chapters match src/"
else
    echo "FAIL chapters match src/: run 'make chapters' and commit the result"
    printf '%s\n' "$out" | sed 's/^/    /' | head -40
fi
