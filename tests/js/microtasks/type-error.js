// queueMicrotask only takes functions: anything else is a TypeError.
// needs: microtasks
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
for (const bad of [undefined, 1, "print('no')", {}]) {
  try {
    queueMicrotask(bad);
    print("accepted", String(bad));
  } catch (e) {
    print(e.name);
  }
}
