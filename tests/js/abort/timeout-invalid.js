// AbortSignal.timeout needs a finite time that is not negative.
// needs: abort
// expect: TypeError
// expect: TypeError
for (const ms of [-1, Infinity]) {
  try {
    AbortSignal.timeout(ms);
  } catch (e) {
    print(e.name);
  }
}
