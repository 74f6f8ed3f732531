// An empty value is an error in the command line, not "allow nothing"
// or "allow everything": exit code 2 before anything runs.
// needs: perms
// cmd: --allow-read= ${FILE}
// expect-error: invalid value '' for '--allow-read=': empty values are not allowed
// expect-exit: 2
print("ran");
