// A worker module that does not parse is an error event too, pointing at
// the column of the bad token.
// needs: workers
// perms: --allow-read=${DIR}
// expect: Uncaught SyntaxError: Unexpected token ';' bad-syntax.js 1 9
// expect-stderr-line: error: Uncaught (in worker "") SyntaxError: Unexpected token ';'
const w = new Worker(new URL("./fixtures/bad-syntax.js", import.meta.url), { type: "module" });
w.onerror = (e) => {
  print(e.message, e.filename.split("/").pop(), e.lineno, e.colno);
  e.preventDefault();
};
