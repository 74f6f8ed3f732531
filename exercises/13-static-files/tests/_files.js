// Helpers for the serveFile tests (not a test itself).
const dec = new TextDecoder();

// A new temporary directory holding files: { name: text or bytes }.
export function makeFiles(files) {
  const dir = Toy.makeTempDirSync({ prefix: "toyjs-lab-static-" });
  for (const [name, data] of Object.entries(files)) {
    if (typeof data === "string") Toy.writeTextFileSync(`${dir}/${name}`, data);
    else Toy.writeFileSync(`${dir}/${name}`, data);
  }
  return dir;
}

// A GET for /file, with a Range header when range is given.
export function get(range) {
  const headers = range === undefined ? {} : { Range: range };
  return new Request("http://127.0.0.1/file", { headers });
}

// A Response as one line: status, the headers named, and the body.
export async function describe(res, ...names) {
  const out = [`${res.status} ${res.statusText}`];
  for (const name of names) out.push(`${name}: ${res.headers.get(name)}`);
  out.push(`body: ${dec.decode(await res.arrayBuffer())}`);
  return out.join(" | ");
}
