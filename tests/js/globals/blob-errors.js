// What the constructors refuse, with TypeErrors in Deno's words: parts
// that are not a sequence, options that are not a dictionary, an unknown
// endings, a File without a name; and a Blob's getters on anything else.
// needs: globals
// expect: TypeError Failed to construct 'Blob': Argument 1 can not be converted to sequence.
// expect: TypeError Failed to construct 'Blob': Argument 1 can not be converted to sequence.
// expect: TypeError Failed to construct 'Blob': Argument 2 can not be converted to a dictionary
// expect: TypeError Failed to construct 'Blob': The provided value 'unix' is not a valid enum value of type EndingType
// expect: TypeError Cannot convert a Symbol value to a string
// expect: TypeError Failed to construct 'File': 2 arguments required, but only 1 present
// expect: TypeError Illegal invocation
// expect: TypeError Illegal invocation
// expect: TypeError Class constructor Blob cannot be invoked without 'new'
const attempts = [
  () => new Blob("abc"),
  () => new Blob({ length: 1, 0: "x" }),
  () => new Blob([], "text/plain"),
  () => new Blob([], { endings: "unix" }),
  () => new Blob([Symbol("s")]),
  () => new File(["x"]),
  () => Object.getOwnPropertyDescriptor(Blob.prototype, "size").get.call({}),
  () => Blob.prototype.slice.call(new Uint8Array(4)),
  () => Blob([]),
];
for (const attempt of attempts) {
  try {
    attempt();
    print("no error");
  } catch (e) {
    print(e.name, e.message);
  }
}
