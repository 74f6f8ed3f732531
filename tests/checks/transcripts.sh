#!/bin/sh
# Every transcript in the book prints what the page shows, on the binary
# of the chapter it belongs to (book/tools/transcripts.sh; the labs'
# handouts are checked against their solutions' builds by exercises.sh).
# One ok or FAIL line per book file.
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2

# The comparison itself: in shape mode a number may change its width and
# the padding after it (strace pads its columns), and nothing else.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-compare.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
printf '@@ 1 1 shape\nepoll_wait(3, [], 1024, 10)             = 0\n' >"$tmp/page"
# same LINE: whether shape mode takes LINE for the page's line.
same() {
    printf '\001CMD 1\n%s\n' "$1" >"$tmp/actual"
    LC_ALL=C awk -v file=self -v actual="$tmp/actual" \
        -f book/tools/transcripts-compare.awk "$tmp/page" >"$tmp/out"
}
if same 'epoll_wait(3, [], 1024, 9)              = 0'; then
    echo "ok transcripts compare: a padded number may change its width"
else
    echo "FAIL transcripts compare: a padded number may change its width"
    sed 's/^/    /' "$tmp/out"
fi
if same 'epoll_wait(3, [], 1024, 9) = -1 EINTR'; then
    echo "FAIL transcripts compare: shape mode accepted other words"
else
    echo "ok transcripts compare: shape mode still compares the words"
fi

sh book/tools/transcripts.sh book/[0-9][0-9]-*.md
