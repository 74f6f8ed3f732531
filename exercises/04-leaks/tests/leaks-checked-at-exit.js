// The check runs when the program ends, after the event loop has nothing
// left: a file closed later by a timer is no leak, and one opened by a
// timer or after an await is.
// flags: --check-leaks
// expect: main done
// expect: timer: closed 3, opened 4
// expect: after await: opened 5
// expect-error: 2 resources left open: 4 (fsFile), 5 (fsFile)
const early = Toy.openSync("/dev/null");
setTimeout(() => {
  early.close();
  const late = Toy.openSync("/dev/null");
  print("timer: closed 3, opened", late.rid);
}, 20);
setTimeout(async () => {
  const f = await Toy.open("/dev/null");
  print("after await: opened", f.rid);
}, 40);
print("main done");
