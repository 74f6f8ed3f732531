// Helpers for the watchFs tests (not a test itself).

// A new, empty temporary directory, by its canonical path (the one
// events name).
export function tempDir() {
  return Toy.realPathSync(Toy.makeTempDirSync({ prefix: "toyjs-lab-watch-" }));
}

// Takes events from watcher until one of this kind names path: that
// event, or null if the iteration ended first.
export async function waitFor(watcher, kind, path) {
  for (;;) {
    const { value, done } = await watcher.next();
    if (done) return null;
    if (value.kind === kind && value.paths.includes(path)) return value;
  }
}

// Closes watcher in 5 seconds, so that a test whose event never comes
// ends (printing "timed out") instead of waiting forever. Returns the
// function that calls this off.
export function guard(watcher) {
  const timer = setTimeout(() => {
    print("timed out");
    watcher.close();
  }, 5000);
  return () => clearTimeout(timer);
}
