// cpu_split_worker.mjs: cpu_split.mjs's worker. Counts the primes below
// limit among the numbers whose block of 16 384 is its part: block k
// belongs to part k % parts.
import { parent } from "./shim.mjs";

const BLOCK = 16384;

function isPrime(n) {
  if (n < 4) return n >= 2;
  if (n % 2 === 0) return false;
  for (let d = 3; d * d <= n; d += 2) if (n % d === 0) return false;
  return true;
}

const p = await parent();
p.onMessage(({ limit, part, parts }) => {
  let count = 0;
  for (let start = part * BLOCK; start < limit; start += parts * BLOCK) {
    const end = Math.min(start + BLOCK, limit);
    for (let n = start; n < end; n++) if (isPrime(n)) count++;
  }
  p.post(count);
});
p.post("ready");
