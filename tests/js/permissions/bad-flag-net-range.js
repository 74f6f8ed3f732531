// A port must fit in 16 bits.
// needs: perms
// cmd: --allow-net=host:99999 ${FILE}
// expect-error: invalid value 'host:99999' for '--allow-net=host:99999': invalid host 'host:99999' (expected HOST or HOST:PORT)
// expect-exit: 2
print("ran");
