// --allow-env=HOME=x is not read as a grant for HOME (or for "HOME=x"):
// the whole command line is refused.
// needs: perms
// cmd: --allow-env=TOYJS_OK,HOME=x ${FILE}
// expect-error: invalid value 'TOYJS_OK,HOME=x' for '--allow-env=TOYJS_OK,HOME=x': invalid environment variable name 'HOME=x'
// expect-exit: 2
print("ran");
