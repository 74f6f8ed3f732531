# transcripts-compare.awk: for book/tools/transcripts.sh, compares what
# each command printed (actual: split at "\001CMD N" markers) with what
# the page shows (the input: "@@ N LINE MODE" headers, then lines). Both
# sides are masked already; a command in shape mode compares every run of
# digits as one number and every run of blanks as one blank (a tool that
# pads its columns, as strace does, pads a 9 wider than a 10). Trailing
# blanks do not count. Prints a FAIL line
# and both outputs for each command that differs; exits 1 if any did.

function norm(s, shape) {
    sub(/[ \t\r]+$/, "", s)
    if (shape) {
        gsub(/[0-9]+/, "0", s)
        gsub(/[ \t]+/, " ", s)
    }
    return s
}

BEGIN {
    k = 0
    while ((getline line < actual) > 0) {
        while ((i = index(line, "\001CMD ")) > 0) {
            text = substr(line, 1, i - 1)
            if (text != "" && k > 0) { got[k, ++ngot[k]] = text }
            line = substr(line, i + 5)
            k = line + 0
            ngot[k] = 0
            line = ""
            skip = 1
        }
        if (skip) { skip = 0; continue }
        if (k > 0) got[k, ++ngot[k]] = line
    }
    bad = 0
}

/^@@ / {
    finish()
    cur = $2; where = $3; shape = $4 ~ /(^|,)shape(,|$)/
    nwant = 0
    next
}
{ want[++nwant] = $0 }
END { finish(); exit bad }

function finish(    i, same, n) {
    if (cur == "") return
    # A command's output ends where the page's block ends: blank lines
    # after the last printed line are not the page's to show.
    n = ngot[cur] + 0
    while (n > 0 && norm(got[cur, n], 0) == "") n--
    while (nwant > 0 && norm(want[nwant], 0) == "") nwant--
    same = n == nwant
    for (i = 1; same && i <= n; i++)
        if (norm(got[cur, i], shape) != norm(want[i], shape)) same = 0
    if (!same) {
        bad = 1
        printf "FAIL transcripts %s:%d: the command printed something else%s\n", \
            file, where, shape ? " (its shape compared)" : ""
        print "    the page shows:"
        for (i = 1; i <= nwant && i <= 25; i++) print "      | " want[i]
        if (nwant == 0) print "      (nothing)"
        print "    it printed:"
        for (i = 1; i <= n && i <= 25; i++) print "      | " got[cur, i]
        if (n == 0) print "      (nothing)"
    }
    cur = ""
}
