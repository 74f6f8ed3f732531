// Classes with private fields print what their Toy.customInspect method
// returns, under the class's name; URL, AbortSignal, Headers, Request
// and Response use it.
// needs: inspect fetch
// expect: <ref *1> Point { x: 1, y: 2, self: [Circular *1] }
// expect: AbortSignal { aborted: false }
// expect: [ AbortSignal { aborted: true, reason: 'stop' } ]
// expect: URL {
// expect:   href: 'http://example.com:8080/a/c?q=1#top',
// expect:   origin: 'http://example.com:8080',
// expect:   protocol: 'http:',
// expect:   username: '',
// expect:   password: '',
// expect:   host: 'example.com:8080',
// expect:   hostname: 'example.com',
// expect:   port: '8080',
// expect:   pathname: '/a/c',
// expect:   hash: '#top',
// expect:   search: '?q=1'
// expect: }
// expect: Plain { shown: true }
// expect: Headers { 'content-type': 'text/plain', 'x-a': '1' }
// expect: Request {
// expect:   bodyUsed: false,
// expect:   headers: Headers { 'content-type': 'text/plain;charset=UTF-8' },
// expect:   method: 'POST',
// expect:   redirect: 'follow',
// expect:   url: 'http://example.com/a'
// expect: }
// expect: Response {
// expect:   bodyUsed: false,
// expect:   headers: Headers { 'content-type': 'text/plain;charset=UTF-8' },
// expect:   ok: true,
// expect:   redirected: false,
// expect:   status: 201,
// expect:   statusText: '',
// expect:   type: 'default',
// expect:   url: ''
// expect: }
class Point {
  #x = 1;
  #y = 2;
  [Toy.customInspect]() {
    return { x: this.#x, y: this.#y, self: this };
  }
}
console.log(new Point());
const controller = new AbortController();
console.log(controller.signal);
controller.abort("stop");
console.log([controller.signal]);
console.log(new URL("http://example.com:8080/a/b/../c?q=1#top"));
// A hook that returns something other than an object is ignored.
class Plain {
  shown = true;
  [Symbol.for("Toy.customInspect")]() {
    return "not an object";
  }
}
console.log(new Plain());
console.log(new Headers({ "Content-Type": "text/plain", "X-A": "1" }));
console.log(new Request("http://example.com/a", { method: "post", body: "x" }));
console.log(new Response("hi", { status: 201 }));
