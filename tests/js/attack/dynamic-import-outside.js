// import() is a read: a module outside the grant is refused, whether it
// is named directly, with `..`, through a symlink in the granted folder,
// or as a JSON module, and its code never runs.
// needs: perms modules
// perms: --allow-read=${DIR}/fixtures/granted
// expect: direct: TypeError
// expect: dotdot: TypeError
// expect: symlink: TypeError
// expect: json: TypeError
// expect: granted: granted module
import { FIX } from "./_attempt.js";
const tries = [
  ["direct", () => import(FIX + "/secret/mod.js")],
  ["dotdot", () => import(FIX + "/granted/../secret/mod.js")],
  ["symlink", () => import(FIX + "/granted/modlink.js")],
  ["json", () => import(FIX + "/secret/secret.json", { assert: { type: "json" } })],
];
for (const [label, fn] of tries) {
  try {
    const ns = await fn();
    print(`${label}: ALLOWED (${typeof ns.default})`);
  } catch (e) {
    print(`${label}: ${e.name}${/^Requires read access to "/.test(e.message) ? "" : " " + e.message}`);
  }
}
print("granted: " + (await import(FIX + "/granted/mod.js")).default);
