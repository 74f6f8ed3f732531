// A port must be a number.
// needs: perms
// cmd: --allow-net=host:notaport ${FILE}
// expect-error: invalid value 'host:notaport' for '--allow-net=host:notaport': invalid host 'host:notaport' (expected HOST or HOST:PORT)
// expect-exit: 2
print("ran");
