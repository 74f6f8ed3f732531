# transcripts.awk: reads a Markdown page for book/tools/transcripts.sh.
#
# mode=parse   writes the shell script that replays the page (`script`)
#              and what the page shows each command printing (`expect`:
#              a line "@@ N LINE MODE" before each command's lines)
# mode=update  prints the page again with each command's output replaced
#              by what it printed (`actual`, split at the markers the
#              script prints before each command)
#
# The page's rules: a fenced block right after <!-- file: NAME --> is a
# file; a fenced block with no language whose first line starts with "$ "
# is a transcript, and <!-- transcript: shape root --> before it sets how
# it runs. In a transcript, "$ " starts a command (a line ending in "\"
# goes on on the next), and everything up to the next command is its
# output.

BEGIN {
    EOF_MARK = "__TOYJS_TRANSCRIPT_EOF__"
    n = 0                   # commands so far
    fence = 0               # length of the open fence, 0 outside one
    if (mode == "update") load_actual()
    else {
        print "# written by book/tools/transcripts.sh; runs in the page's /tmp/try" > script
        print "set +e" > script
    }
}

# The output of each command, as the run printed it, into out[N].
function load_actual(    line, k, i, text, marked) {
    k = 0
    while ((getline line < actual) > 0) {
        marked = 0
        while ((i = index(line, "\001CMD ")) > 0) {
            text = substr(line, 1, i - 1)
            if (text != "" && k > 0) out[k] = out[k] text "\n"
            k = substr(line, i + 5) + 0
            out[k] = ""
            line = ""
            marked = 1
        }
        if (k > 0 && !marked) out[k] = out[k] line "\n"
    }
}

function trim(s) {
    sub(/^[ \t]+/, "", s)
    sub(/[ \t\r]+$/, "", s)
    return s
}

# A command's output as the page should now show it.
function print_output(k,    text) {
    text = out[k]
    sub(/\n$/, "", text)
    if (out[k] != "") print text
}

# The page's directives for the next fenced block.
/^<!-- *file: *[^ ]+ *-->[ \t]*$/ && !fence {
    pending_file = $0
    sub(/^<!-- *file: */, "", pending_file)
    sub(/ *-->[ \t]*$/, "", pending_file)
    pending_mode = ""
    if (mode == "update") print
    next
}
/^<!-- *transcript: .*-->[ \t]*$/ && !fence {
    pending_mode = $0
    sub(/^<!-- *transcript: */, "", pending_mode)
    sub(/ *-->[ \t]*$/, "", pending_mode)
    gsub(/ +/, ",", pending_mode)
    pending_file = ""
    if (mode == "update") print
    next
}

# A fence opens.
!fence && /^[ \t]*```/ {
    line = trim($0)
    match(line, /^`+/)
    fence = RLENGTH
    lang = trim(substr(line, fence + 1))
    kind = "other"
    if (pending_file != "") {
        kind = "file"
        file = pending_file
        if (mode == "parse") {
            printf "mkdir -p \"$(dirname '%s')\" && cat > '%s' <<'%s'\n", file, file, EOF_MARK > script
        }
    } else if (lang == "") {
        kind = "maybe-transcript"   # decided by its first line
    }
    first = 1
    tmode = pending_mode == "" ? "exact" : pending_mode
    pending_file = ""
    pending_mode = ""
    in_cmd = 0
    if (mode == "update") print
    next
}

# A fence closes.
fence && trim($0) ~ /^`+$/ && length(trim($0)) >= fence {
    if (kind == "file" && mode == "parse") print EOF_MARK > script
    if (kind == "transcript" && mode == "update" && n > 0 && !shown[n]) {
        print_output(n)
        shown[n] = 1
    }
    fence = 0
    kind = ""
    if (mode == "update") print
    next
}

fence && kind == "file" {
    if (mode == "parse") print > script
    else print
    next
}

fence && kind == "maybe-transcript" && first {
    kind = /^\$ / ? "transcript" : "other"
}

fence && kind == "transcript" {
    first = 0
    if (/^\$ / || continued) {
        # A command (or the next line of one).
        if (!continued) {
            if (mode == "update" && n > 0 && !shown[n]) {
                print_output(n)
                shown[n] = 1
            }
            n++
            cmd = substr($0, 3)
            if (mode == "parse") {
                printf "@@ %d %d %s\n", n, NR, tmode > expect
                # The marker, with $? kept for a command such as `echo $?`.
                print "__toyjs_status=$?" > script
                printf "printf '\\001CMD %d\\n'\n", n > script
                print "(exit $__toyjs_status)" > script
                if (tmode ~ /(^|,)root(,|$)/) printf "(cd '%s' && {\n", root > script
                else print "{" > script
            }
        } else cmd = $0
        continued = /\\$/
        if (mode == "parse") {
            print cmd > script
            if (!continued) {
                if (tmode ~ /(^|,)root(,|$)/) print "} 2>&1)" > script
                else print "} 2>&1" > script
            }
        }
        if (mode == "update") print
        next
    }
    # The command's output, as the page shows it.
    if (mode == "parse") print > expect
    next
}

{ if (mode == "update") print }

END {
    if (mode == "parse") {
        # Background jobs a transcript started end with the page.
        print "for p in $(jobs -p); do kill \"$p\" 2>/dev/null; done" > script
        print "wait 2>/dev/null" > script
        print "exit 0" > script
        close(script)
        close(expect)
        if (n == 0) printf "" > expect
    }
}
