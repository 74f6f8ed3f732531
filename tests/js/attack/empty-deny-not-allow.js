// A malformed deny must not leave the program running with the allow
// alone: an empty --deny-read value stops everything (exit 2).
// needs: perms
// cmd: --allow-read --deny-read= ${FILE}
// expect-error: invalid value '' for '--deny-read=': empty values are not allowed
// expect-exit: 2
print(Toy.readTextFileSync("/etc/passwd").length);
