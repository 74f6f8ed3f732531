// A text module whose file is not there fails to load as any module does.
// expect: TypeError true
try {
  await import("./fixtures/no-such-file.txt", { assert: { type: "text" } });
  print("loaded?");
} catch (e) {
  const url = import.meta.resolve("./fixtures/no-such-file.txt");
  print(e.name, e.message === `Module not found "${url}".`);
}
