// A rejected top-level await inside try/catch is just an exception:
// caught, the module goes on and the exit code is 0.
// needs: modules
// expect: caught nope
// expect: after
try {
  await Promise.reject(new Error("nope"));
} catch (e) {
  print("caught", e.message);
}
print("after");
