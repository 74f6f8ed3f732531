// A cleared timer never runs, and does not keep the process alive.
// needs: timers
// expect: script done
const id = setTimeout(() => print("should not run"), 0);
clearTimeout(id);
const long = setTimeout(() => print("should not run either"), 100000);
clearTimeout(long);
print("script done");
