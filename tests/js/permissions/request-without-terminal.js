// Without a terminal there is nobody to ask: request() answers "denied"
// for what is undecided, for every kind, and "granted" for what a flag
// already allows.
// needs: perms
// perms: --allow-net=example.com
// expect: read denied
// expect: write denied
// expect: net denied
// expect: env denied
// expect: run denied
// expect: net granted
const P = Toy.permissions;
const asks = [["read", "path", "/etc"], ["write", "path", "/tmp/x"], ["net", "host", "localhost:80"],
  ["env", "variable", "HOME"], ["run", "command", "ls"]];
for (const [name, field, value] of asks) print(name, P.requestSync({ name, [field]: value }).state);
print("net", (await P.request({ name: "net", host: "example.com:8080" })).state);
