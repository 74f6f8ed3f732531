// The worker's permissions are decided after every getter of
// deno.permissions has run: one that revokes some of the parent's read
// access leaves the worker without it too. They were copied before, and
// the worker kept read access its parent had just given up.
// needs: workers perms
// perms: --allow-read=${DIR}/fixtures
// expect: parent: prompt
// expect: worker: prompt
const path = decodeURIComponent(new URL("./fixtures/secret", import.meta.url).pathname);
const permissions = {
  get env() {
    Toy.permissions.revokeSync({ name: "read", path });
    return undefined;
  },
};
const w = new Worker(new URL("./fixtures/workers/read-state.js", import.meta.url), { type: "module", deno: { permissions } });
print(`parent: ${Toy.permissions.querySync({ name: "read", path }).state}`);
w.onmessage = (e) => print(`worker: ${e.data}`);
