// A special URL whose scheme matches the base's is relative to the base
// even with no slash or one slash after the colon; with another scheme,
// the slashes are optional and what follows is the host.
// needs: url
// expect: https://h.test/x/docs/a
// expect: https://h.test/b?q
// expect: https://h.test/c
// expect: ws://b/
// expect: ftp://host.test/
const cases = [
  ["https:docs/a", "https://h.test/x/y"],
  ["https:/b?q", "https://h.test/x/y"],
  ["https:\\c", "https://h.test/x/y"],
  ["ws:/b", "https://h.test/x/y"],
  ["ftp:host.test", "https://h.test/"],
];
for (const [input, base] of cases) print(new URL(input, base).href);
