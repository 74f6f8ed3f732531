// Only UTF-8 is known; another label is a RangeError.
// needs: globals
// expect: RangeError The encoding label provided ('latin2') is invalid.
try {
  new TextDecoder("latin2");
} catch (e) {
  print(e.name, e.message);
}
