// An async function runs synchronously up to its first await and resumes
// in a later microtask.
// needs: microtasks
// expect: f start
// expect: script
// expect: f resumed 7
// expect: f done
async function f() {
  print("f start");
  const v = await 7;
  print("f resumed", v);
  await null;
  print("f done");
}
f();
print("script");
