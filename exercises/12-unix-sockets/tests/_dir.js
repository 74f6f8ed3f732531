// A helper, not a test: a fresh directory for the test's sockets, and a
// way to show paths in it without the directory's random name.
export async function tempDir() {
  const dir = await Toy.makeTempDir({ prefix: "toyjs-unix-" });
  return {
    dir,
    path: (name) => `${dir}/${name}`,
    // JSON text with the directory's name replaced by DIR.
    show: (value) => JSON.stringify(value).replaceAll(dir, "DIR"),
    remove: () => Toy.remove(dir, { recursive: true }),
  };
}
