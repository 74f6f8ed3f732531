// A kind's name must match whole: --allow-reads is not --allow-read.
// needs: perms
// cmd: --allow-reads ${FILE}
// expect-error: unexpected argument '--allow-reads' found
// expect-exit: 2
print("ran");
