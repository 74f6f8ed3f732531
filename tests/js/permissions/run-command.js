// --allow-run=NAME grants that program by name, wherever it lives; a
// grant with a path grants only that path.
// needs: perms
// perms: --allow-run=ls,/usr/bin/env
// expect: granted granted granted
// expect: granted prompt
const q = (command) => Toy.permissions.querySync({ name: "run", command }).state;
print(q("ls"), q("/bin/ls"), q("/usr/bin/ls"));
print(q("/usr/bin/env"), q("/tmp/env"));
