// A loaded module settles its import() promptly: before a timer due in
// 50 ms, even though both wait on the loop.
// needs: modules timers
// perms: --allow-read
// expect: lib evaluated
// expect: imported
// expect: timer
const t = setTimeout(() => print("timer"), 50);
import("./fixtures/dynamic/lib.js").then(() => print("imported"));
