// A Request's URL is parsed when the Request is made: there is no page
// to complete a relative URL, so it is an error, as in Deno; a URL with
// a user name or password is refused; the url attribute is the parsed
// URL's href.
// needs: fetch
// expect: TypeError Failed to parse URL from /relative
// expect: TypeError Failed to parse URL from http://
// expect: TypeError
// expect: http://example.com/a%20b?q#f
function attempt(make, full) {
  try {
    make();
    print("accepted?");
  } catch (e) {
    print(...(full ? [e.name, e.message] : [e.name]));
  }
}
attempt(() => new Request("/relative"), true);
attempt(() => new Request("http://"), true);
attempt(() => new Request("http://user:secret@example.com/"));
print(new Request("HTTP://EXAMPLE.com/a b?q#f").url);
