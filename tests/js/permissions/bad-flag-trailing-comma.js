// A trailing comma leaves an empty item: rejected, for deny flags as well.
// needs: perms
// cmd: --deny-write=/tmp, ${FILE}
// expect-error: invalid value '/tmp,' for '--deny-write=/tmp,': empty values are not allowed
// expect-exit: 2
print("ran");
