// The delay is converted to a number: "20" means 20 ms, after a 10 ms timer.
// needs: timers
// expect: ten
// expect: twenty
setTimeout(() => print("twenty"), "20");
setTimeout(() => print("ten"), 10);
