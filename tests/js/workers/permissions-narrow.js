// A worker inherits its parent's permissions, or narrows them with
// Deno's deno.permissions option; asking for more than the parent has
// is refused in the parent, at once.
// needs: workers
// perms: --allow-read=${DIR}
// expect: inherit: read ok
// expect: none: PermissionDenied
// expect: PermissionDenied: Can't escalate parent thread permissions
// expect: PermissionDenied: Can't escalate parent thread permissions
const url = new URL("./fixtures/perms.js", import.meta.url);
const file = new URL("./fixtures/perms.js", import.meta.url).pathname;
function run(label, permissions) {
  return new Promise((resolve) => {
    const w = new Worker(url, { type: "module", deno: { permissions } });
    w.onmessage = (e) => {
      print(`${label}: ${e.data}`);
      resolve();
    };
    w.postMessage([file]);
  });
}
await run("inherit", "inherit");
await run("none", { read: false });
for (const permissions of [{ read: ["/etc"] }, { net: true }]) {
  try {
    new Worker(url, { type: "module", deno: { permissions } });
  } catch (e) {
    print(`${e.name}: ${e.message}`);
  }
}
