// An empty item in a list (a doubled or trailing comma) is an error too.
// needs: perms
// cmd: --allow-read=a,,b ${FILE}
// expect-error: invalid value 'a,,b' for '--allow-read=a,,b': empty values are not allowed
// expect-exit: 2
print("ran");
