// --allow-write without a value allows every write (and no read).
// needs: perms
// perms: --allow-write
// expect: granted prompt
// expect: wrote
print(Toy.permissions.querySync({ name: "write", path: "/tmp/x" }).state,
  Toy.permissions.querySync({ name: "read", path: "/tmp/x" }).state);
Toy.writeTextFileSync("/tmp/toyjs-perms-allow-write-all.txt", "hello\n");
print("wrote");
