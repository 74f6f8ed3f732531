// import() of a module with a top-level await resolves only once that
// module has finished evaluating.
// needs: modules timers
// perms: --allow-read
// expect: slow: start
// expect: waiting
// expect: slow: done
// expect: imported true
import("./fixtures/dynamic/slow.js").then((ns) => print("imported", ns.ready));
setTimeout(() => print("waiting"), 5);
