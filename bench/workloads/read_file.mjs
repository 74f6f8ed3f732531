// read_file.mjs: read build/bench/big.bin (64 MiB, made by bench/run.sh)
// whole, 20 times in sequence, with each runtime's own async read-file
// API: total ms. toyjs needs --allow-read and Deno --allow-read for it.
import { now, readFile, repoRoot, result } from "./shim.mjs";

const N = 20;
const SIZE = 64 * 1024 * 1024;
const path = repoRoot(import.meta.url) + "/build/bench/big.bin";

await readFile(path);   // warm the page cache
const t0 = now();
for (let i = 0; i < N; i++) {
  const bytes = await readFile(path);
  if (bytes.length !== SIZE) throw new Error(`read ${bytes.length} bytes, expected ${SIZE}`);
}
result((now() - t0).toFixed(1), "ms");
