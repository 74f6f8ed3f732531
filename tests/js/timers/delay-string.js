// The delay is converted to a number: "20" means 20 ms, so a timer set
// with it fires after a 10 ms timer set before it. (Were "20" taken as 0,
// it would fire first.)
// needs: timers
// expect: ten
// expect: twenty
setTimeout(() => print("ten"), 10);
setTimeout(() => print("twenty"), "20");
