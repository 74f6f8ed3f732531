// A permission flag toyjs does not have is an unknown option (exit 2),
// not silently ignored.
// needs: perms
// cmd: --allow-foo ${FILE}
// expect-error: unexpected argument '--allow-foo' found
// expect-exit: 2
print("ran");
