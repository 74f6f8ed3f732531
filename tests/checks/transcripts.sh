#!/bin/sh
# Every transcript in the book prints what the page shows, on the binary
# of the chapter it belongs to (book/tools/transcripts.sh; the labs'
# handouts are checked against their solutions' builds by exercises.sh).
# One ok or FAIL line per book file.
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
sh book/tools/transcripts.sh book/[0-9][0-9]-*.md
