// An environment variable's name cannot contain '=': --allow-env=A=B is
// refused rather than read as a grant for some other name.
// needs: perms
// cmd: --allow-env=A=B ${FILE}
// expect-error: invalid value 'A=B' for '--allow-env=A=B': invalid environment variable name 'A=B'
// expect-exit: 2
print("ran");
