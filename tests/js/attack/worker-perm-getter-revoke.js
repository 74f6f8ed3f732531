// The worker's permissions are decided after every getter of
// deno.permissions has run: one that revokes the parent's read access
// leaves the worker without it too. They were copied before, and the
// worker kept read access its parent had just given up.
// needs: workers perms
// perms: --allow-read=${DIR}
// expect: parent: prompt
// expect: worker: prompt
const permissions = {
  get env() {
    Toy.permissions.revokeSync({ name: "read" });
    return undefined;
  },
};
const w = new Worker(new URL("./fixtures/workers/read-state.js", import.meta.url), { type: "module", deno: { permissions } });
const path = decodeURIComponent(new URL("./fixtures/workers/", import.meta.url).pathname);
print(`parent: ${Toy.permissions.querySync({ name: "read", path }).state}`);
w.onmessage = (e) => print(`worker: ${e.data}`);
