// A destination in a directory that does not exist is NotFound too, with
// the same message form; a source that is a directory is IsADirectory.
// expect: NotFound: No such file or directory (os error 2): copy '/tmp/toyjs-lab-SRC' -> '/nonexistent/dir/copy'
// expect: IsADirectory: Is a directory (os error 21): copy '/tmp' -> '/tmp/toyjs-lab-SRC.copy'
const src = "/tmp/toyjs-lab-copyfile-" + Math.random().toString(36).slice(2);
Toy.writeTextFileSync(src, "x");
function attempt(from, to) {
  try {
    Toy.copyFileSync(from, to);
    print("copied?");
  } catch (e) {
    print(e.name + ": " + e.message.split(src).join("/tmp/toyjs-lab-SRC"));
  }
}
attempt(src, "/nonexistent/dir/copy");
attempt("/tmp", src + ".copy");
