// Values come back exactly as they were set, whatever characters they
// hold: quotes, backslashes, control characters and non-ASCII text all
// survive the trip through op_env_get's JSON.
// expect: ok 0
// expect: ok 1
// expect: ok 2
// expect: ok 3
// expect: ok 4
const values = [
  'say "hi"',
  "back\\slash \\n \\u0041",
  "line 1\nline 2\ttab\r\x01\x1f\x7f",
  "café, ☃, 😀",
  "",
];
values.forEach((v, i) => {
  Toy.env.set("TOYJS_LAB_JSON", v);
  const got = Toy.env.get("TOYJS_LAB_JSON");
  print(got === v ? "ok " + i : "value " + i + ": got " + JSON.stringify(got));
});
