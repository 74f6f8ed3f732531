# transcript-masks.sed: what book/tools/transcripts.sh masks on both sides
# before it compares a transcript with what the command printed: the
# things that differ from run to run, and nothing else. One rule a line.
#
# A port the kernel or the program chose, after a loopback or any address.
s/\(127\.0\.0\.1\|localhost\|0\.0\.0\.0\|\[::1\]\|\[::\]\):[0-9][0-9]*/\1:PORT/g
s/\(port[ "=:]*\)[0-9][0-9][0-9][0-9]*/\1PORT/g
# An HTTP date (the date header a server sends).
s/[A-Z][a-z][a-z], [0-9][0-9] [A-Z][a-z][a-z] [0-9][0-9][0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9] GMT/DATE/g
# A timestamp as Date's toISOString writes it (but the epoch, which a
# program prints on purpose).
/1970-01-01T00:00:00.000Z/!s/[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]*Z/TIMESTAMP/g
# A random (version 4) UUID, such as the debugger's WebSocket path.
s/[0-9a-f]\{8\}-[0-9a-f]\{4\}-4[0-9a-f]\{3\}-[89ab][0-9a-f]\{3\}-[0-9a-f]\{12\}/UUID/g
# A process id.
s/\(pid[ :=]*\)[0-9][0-9]*/\1PID/g
# A name Toy.makeTempDir and makeTempFile made up: six random characters.
s#\(/tmp/[A-Za-z0-9_.-]*\)\([A-Za-z0-9]\)\{6\}\([/'"]\|$\)#\1XXXXXX\3#g
