// An option toyjs does not know is a usage error: exit code 2.
// needs: cli
// cmd: --bogus ${FILE}
// expect-error: unexpected argument '--bogus' found
// expect-exit: 2
print("the script ran");
