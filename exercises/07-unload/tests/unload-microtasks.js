// Promise jobs a listener queues run before the process ends; a timer it
// sets never fires, because the loop does not run again, and the process
// still exits at once, with code 0.
// needs: snapshots
// expect: unload
// expect: promise job
addEventListener("unload", () => {
  print("unload");
  Promise.resolve().then(() => print("promise job"));
  setTimeout(() => print("timer after unload"), 0);
});
