// cpu_split.mjs: a CPU-bound job (counting the primes below 5 000 000 by
// trial division) done by one worker, then split between two: the
// speed-up two threads give, on a machine with at least two cores. Both
// runs are in workers (cpu_split_worker.mjs), so they differ only in how
// many threads share the job. The numbers are dealt in blocks of 16 384,
// alternately to each worker, so both halves cost about the same (primes
// further up cost more to test). Prints the speed-up (one worker's time
// over two workers') as the result, and both times as cpu_one and cpu_two.
import { next, now, out, result, startWorker } from "./shim.mjs";

const LIMIT = 5_000_000;
const url = new URL("./cpu_split_worker.mjs", import.meta.url);
const a = await startWorker(url);
const b = await startWorker(url);
await Promise.all([next(a), next(b)]);   // "ready"

// The job's parts, one per worker, at once; the sum of their counts.
async function run(workers, limit) {
  const counts = workers.map((w, part) => {
    const answer = next(w);
    w.post({ limit, part, parts: workers.length });
    return answer;
  });
  return (await Promise.all(counts)).reduce((x, y) => x + y, 0);
}

await run([a, b], 200_000);              // warm-up: both compile the loop
let t0 = now();
const one = await run([a], LIMIT);
const tOne = now() - t0;
t0 = now();
const two = await run([a, b], LIMIT);
const tTwo = now() - t0;
a.terminate();
b.terminate();
if (one !== two || one !== 348513) throw new Error(`counts ${one} and ${two}, expected 348513`);
out(`RESULT_cpu_one ${tOne.toFixed(1)} ms`);
out(`RESULT_cpu_two ${tTwo.toFixed(1)} ms`);
result((tOne / tTwo).toFixed(3), "x");
