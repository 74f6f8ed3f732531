// The same program booted from source (--no-snapshot): "unload" fires the
// same way, at the same moment.
// needs: snapshots
// flags: --no-snapshot
// expect: script
// expect: timer
// expect: unload unload
addEventListener("unload", (event) => print("unload", event.type));
setTimeout(() => print("timer"), 10);
print("script");
