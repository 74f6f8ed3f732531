// Watching needs read access to every path, checked when watchFs is
// called: it throws PermissionDenied, with Deno's message, and leaves no
// resource behind, even when an earlier path in the list was allowed.
// needs: fsx
// perms: --allow-read=/tmp
// expect: PermissionDenied: Requires read access to "/etc", run again with the --allow-read flag
// expect: PermissionDenied: Requires read access to "/etc", run again with the --allow-read flag
// expect: left open: 0
// expect: /tmp allowed: true
function attempt(paths) {
  try {
    return Toy.watchFs(paths);
  } catch (e) {
    print(`${e.name}: ${e.message}`);
    return null;
  }
}
attempt("/etc");
attempt(["/tmp", "/etc"]);
print("left open:", Object.values(Toy.resources()).filter((n) => n === "fsEvents").length);
const ok = attempt("/tmp");
print("/tmp allowed:", ok !== null);
ok?.close();
