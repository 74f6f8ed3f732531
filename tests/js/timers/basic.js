// A timer's callback runs after the script has finished.
// needs: timers
// expect: script
// expect: timer
setTimeout(() => print("timer"), 0);
print("script");
