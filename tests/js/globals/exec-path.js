// Toy.execPath() is the absolute path of toyjs, with read access.
// needs: globals
// perms: --allow-read
// expect: true true
const p = Toy.execPath();
print(p.startsWith("/"), p.endsWith("/toyjs"));
