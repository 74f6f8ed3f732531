// A label that names no encoding is a RangeError that quotes it.
// needs: globals
// expect: RangeError The encoding label provided ('latin-2') is invalid.
try {
  new TextDecoder("latin-2");
} catch (e) {
  print(e.name, e.message);
}
