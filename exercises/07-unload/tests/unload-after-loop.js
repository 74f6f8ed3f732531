// "unload" fires once the program is over: after the script, its promise
// jobs and every timer. The listener gets an event whose type is "unload".
// This run starts from the snapshot, as every run does by default.
// needs: snapshots
// expect: script
// expect: timer
// expect: unload unload
addEventListener("unload", (event) => print("unload", event.type));
setTimeout(() => print("timer"), 10);
print("script");
