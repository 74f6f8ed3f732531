// btoa refuses characters beyond Latin-1 with an InvalidCharacterError.
// needs: globals
// expect: InvalidCharacterError true true
try {
  btoa("€");
} catch (e) {
  print(e.name, e instanceof DOMException, e instanceof Error);
}
