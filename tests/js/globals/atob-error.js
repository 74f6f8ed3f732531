// atob refuses what is not base64.
// needs: globals
// expect: InvalidCharacterError Failed to decode base64
// expect: InvalidCharacterError Failed to decode base64
// expect: InvalidCharacterError Failed to decode base64
for (const bad of ["!!!!", "a", "aGVsbG8=="]) {
  try {
    atob(bad);
    print("decoded", bad);
  } catch (e) {
    print(e.name, e.message);
  }
}
