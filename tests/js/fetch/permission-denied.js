// Without --allow-net, fetch is refused before any connection, naming
// the host and port (the scheme's default port when the URL has none).
// needs: fetch
// expect: PermissionDenied: Requires net access to "127.0.0.1:8123", run again with the --allow-net flag
// expect: PermissionDenied: Requires net access to "localhost:80", run again with the --allow-net flag
for (const url of ["http://127.0.0.1:8123/", "http://localhost/"]) {
  try {
    await fetch(url);
  } catch (e) {
    print(`${e.name}: ${e.message}`);
  }
}
