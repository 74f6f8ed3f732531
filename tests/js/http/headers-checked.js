// Headers refuses a name that is not an HTTP token and a value with NUL,
// CR or LF in it, wherever it is made: a Response's header with "\r\n"
// in its value would otherwise add a header of its own to the answer.
// A value loses the spaces around it; init pairs must be pairs.
// needs: http
// expect: TypeError Invalid header value: 'a\r\nx-injected: 1'
// expect: TypeError Invalid header name: 'bad name'
// expect: TypeError Invalid header name: ''
// expect: TypeError Headers: each item of init must be a [name, value] pair
// expect: trimmed: "v a l"
function attempt(make) {
  try {
    make();
    print("accepted?");
  } catch (e) {
    print(e.name, e.message.replace(/\r/g, "\\r").replace(/\n/g, "\\n"));
  }
}
attempt(() => new Response("x", { headers: { "x-a": "a\r\nx-injected: 1" } }));
attempt(() => new Headers().set("bad name", "x"));
attempt(() => new Headers().append("", "x"));
attempt(() => new Headers([["only-a-name"]]));
print("trimmed:", JSON.stringify(new Headers({ "x-v": " \tv a l \t" }).get("x-v")));
