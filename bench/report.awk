# report.awk: turns the raw measurements into the report.
#
#   awk -v out=build/bench -f bench/report.awk meta.txt raw.tsv
#
# meta.txt holds key=value lines (date, versions, which toyjs flags exist);
# raw.tsv one line per measurement: workload, runtime, round, value, unit,
# note (value is a number, "n/a" or "fail"). Writes out/results.md,
# out/results.csv, and out/plot.dat + out/plot.gp for gnuplot.
#
# Every figure but one is "lower is better" (time or memory), and its ratio
# is toyjs / other: below 1, toyjs is faster or smaller. The one exception,
# HTTP requests per second (higher is better), gets the ratio other / toyjs,
# so that below 1 still means toyjs is faster, in the tables and the plot.

BEGIN {
    FS = "\t"
    nm = split("startup startup_inproc memory op_add async_op timers microtasks read_file tcp_pipe tcp_pipe_rss http_rps http_p99 http_cpu http_close_rps http_close_p99 http_close_cpu postmessage cpu_split cpu_one cpu_two http_par_rps http_par_p99 http_par_cpu", MAIN, " ")
    nw = split("startup startup_inproc startup_inproc_total memory op_add async_op timers microtasks read_file tcp_pipe tcp_pipe_rss http_rps http_p99 http_cpu http_close_rps http_close_p99 http_close_cpu postmessage cpu_split cpu_one cpu_two http_par_rps http_par_p99 http_par_cpu", WL, " ")
    HIGHER["http_rps"] = 1
    HIGHER["http_close_rps"] = 1
    HIGHER["tcp_pipe"] = 1
    HIGHER["cpu_split"] = 1
    HIGHER["http_par_rps"] = 1
    LABEL["startup"] = "start-up: hello world, whole process"
    LABEL["startup_inproc"] = "start-up: in-process, to the first line of user code"
    LABEL["memory"] = "peak memory: hello world (max RSS)"
    LABEL["op_add"] = "sync op: op_add(a, b) in a tight loop"
    LABEL["async_op"] = "async op: one round trip, awaited"
    LABEL["timers"] = "100 000 setTimeout(0) until all fired"
    LABEL["microtasks"] = "1 000 000 queueMicrotask until all ran"
    LABEL["read_file"] = "read a 64 MiB file, 20 times"
    LABEL["tcp_pipe"] = "1 GiB streamed through a local TCP socket, in 64 KiB chunks (higher is better; ratio peer / toyjs)"
    LABEL["tcp_pipe_rss"] = "the same: peak memory of the whole run (max RSS)"
    LABEL["http_rps"] = "HTTP: \"Hello, World!\" under wrk, requests per second (higher is better; ratio peer / toyjs)"
    LABEL["http_p99"] = "HTTP: the same, 99th percentile latency"
    LABEL["http_cpu"] = "HTTP: the server's CPU time (user + system) per request"
    LABEL["http_close_rps"] = "HTTP, a new connection per request (Connection: close), requests per second (higher is better; ratio peer / toyjs)"
    LABEL["http_close_p99"] = "HTTP, a new connection per request: 99th percentile latency"
    LABEL["http_close_cpu"] = "HTTP, a new connection per request: the server's CPU time per request"
    LABEL["postmessage"] = "workers: a message to a worker and its answer back (postMessage round trip)"
    LABEL["cpu_split"] = "workers: speed-up of a CPU-bound job split across two workers (higher is better; ratio peer / toyjs)"
    LABEL["cpu_one"] = "workers: the job (primes below 5 000 000) on one worker"
    LABEL["cpu_two"] = "workers: the same job split across two workers"
    LABEL["http_par_rps"] = "HTTP, a server on every core (reusePort; Node: cluster), requests per second (higher is better; ratio peer / toyjs)"
    LABEL["http_par_p99"] = "HTTP, a server on every core: 99th percentile latency"
    LABEL["http_par_cpu"] = "HTTP, a server on every core: CPU time (all threads and processes) per request"
    SHORT["postmessage"] = "postMessage round trip"
    SHORT["cpu_split"] = "2-worker speed-up (inv.)"
    SHORT["cpu_one"] = "CPU job, 1 worker"
    SHORT["cpu_two"] = "CPU job, 2 workers"
    SHORT["http_par_rps"] = "HTTP per-core req/s (inv.)"
    SHORT["http_par_p99"] = "HTTP per-core p99"
    SHORT["http_par_cpu"] = "HTTP per-core CPU/request"
    SHORT["tcp_pipe"] = "TCP 1 GiB MiB/s (inv.)"
    SHORT["tcp_pipe_rss"] = "TCP 1 GiB peak RSS"
    SHORT["http_rps"] = "HTTP req/s (inv.)"
    SHORT["http_p99"] = "HTTP p99"
    SHORT["http_cpu"] = "HTTP CPU/request"
    SHORT["http_close_rps"] = "HTTP close req/s (inv.)"
    SHORT["http_close_p99"] = "HTTP close p99"
    SHORT["http_close_cpu"] = "HTTP close CPU/request"
    SHORT["startup"] = "start-up"
    SHORT["startup_inproc"] = "in-process start-up"
    SHORT["memory"] = "peak memory"
    SHORT["op_add"] = "op_add"
    SHORT["async_op"] = "async round trip*"
    SHORT["timers"] = "setTimeout x100k"
    SHORT["microtasks"] = "queueMicrotask x1M"
    SHORT["read_file"] = "read 64 MiB x20"
    UNIT["startup"] = "ms"; UNIT["startup_inproc"] = "ms"; UNIT["startup_inproc_total"] = "ms"; UNIT["memory"] = "MiB"
    UNIT["op_add"] = "ns/call"; UNIT["async_op"] = "ns/trip"; UNIT["timers"] = "ms"
    UNIT["microtasks"] = "ms"; UNIT["read_file"] = "ms"
    UNIT["tcp_pipe"] = "MiB/s"; UNIT["tcp_pipe_rss"] = "MiB"
    UNIT["http_rps"] = "req/s"; UNIT["http_p99"] = "ms"; UNIT["http_cpu"] = "us"
    UNIT["postmessage"] = "us/trip"; UNIT["cpu_split"] = "x"; UNIT["cpu_one"] = "ms"; UNIT["cpu_two"] = "ms"
    UNIT["http_par_rps"] = "req/s"; UNIT["http_par_p99"] = "ms"; UNIT["http_par_cpu"] = "us"
    UNIT["http_close_rps"] = "req/s"; UNIT["http_close_p99"] = "ms"; UNIT["http_close_cpu"] = "us"
    FLAGKEY["--no-snapshot"] = "has_no_snapshot"
    FLAGKEY["--no-fast-calls"] = "has_no_fast"
    FLAGKEY["--timings"] = "has_timings"
    np = split("node deno bun", PEER, " ")
    nr = split("toyjs toyjs-no-snapshot toyjs-no-fast-calls floor-link floor-isolate node deno bun", RT, " ")
}

FNR == NR {                       # meta.txt
    i = index($0, "=")
    v = substr($0, i + 1)
    META[substr($0, 1, i - 1)] = v ~ /^[0-9]+$/ ? v + 0 : v
    next
}

{                                  # raw.tsv
    k = $1 SUBSEP $2
    SEEN[k] = 1
    if ($4 ~ /^[0-9]+(\.[0-9]+)?$/) {
        N[k]++
        V[k, N[k]] = $4 + 0
    } else if ($4 == "fail") {
        FAIL[k] = 1
    } else {
        NA[k] = 1
    }
    if ($6 != "-" && $6 != "") NOTE[k] = $6
}

# --------------------------------------------------------------- stats --

function sort_values(k,    i, j, t) {
    for (i = 2; i <= N[k]; i++)
        for (j = i; j > 1 && V[k, j - 1] > V[k, j]; j--) {
            t = V[k, j]; V[k, j] = V[k, j - 1]; V[k, j - 1] = t
        }
}

function median(k,    n) {
    n = N[k]
    return n % 2 ? V[k, (n + 1) / 2] : (V[k, n / 2] + V[k, n / 2 + 1]) / 2
}

function has(w, r) { return N[w, r] > 0 }

function missing(r) { return index(" " META["missing"] " ", " " r " ") > 0 }

# What a cell shows when there is no number: why not.
function why(w, r) {
    if (missing(r)) return "missing"
    if (FAIL[w, r]) return "fail"
    return "n/a"
}

function fmt(v) {
    if (v >= 100) return sprintf("%.0f", v)
    if (v >= 10) return sprintf("%.1f", v)
    if (v >= 1) return sprintf("%.2f", v)
    return sprintf("%.3f", v)
}

function fmt_ratio(x) {
    if (x >= 10) return sprintf("%.1fx", x)
    if (x >= 0.01) return sprintf("%.2fx", x)
    return sprintf("%.3fx", x)
}

function cell(w, r) { return has(w, r) ? fmt(MED[w, r]) : why(w, r) }

# toyjs / other for workload w, or "" when either has no number; other /
# toyjs where higher is better (requests per second).
function ratio(w, r, base) {
    if (base == "") base = "toyjs"
    if (!has(w, base) || !has(w, r) || MED[w, r] == 0 || MED[w, base] == 0) return ""
    return HIGHER[w] ? MED[w, r] / MED[w, base] : MED[w, base] / MED[w, r]
}

function goal(text, measured, status) {
    printf "| %s | %s | %s |\n", text, measured, status > MD
}

# met / not met for "x OP limit"; n/a when x is "".
function check(x, op, limit) {
    if (x == "") return "n/a"
    if (op == "<=") return x <= limit ? "met" : "not met"
    if (op == "<") return x < limit ? "met" : "not met"
    if (op == ">=") return x >= limit ? "met" : "not met"
    return "?"
}

# The goals for one set of HTTP rows (PREFIX_rps, _cpu, _p99): a rate at
# least Deno's and Bun's, CPU per request and p99 at most Deno's.
function http_goals(prefix, rate, cpu, p99,    x) {
    x = ratio(prefix "_rps", "deno")
    goal(rate " at least Deno's", x == "" ? "n/a" : "Deno's is " fmt_ratio(x) " of toyjs's", check(x, "<=", 1))
    x = ratio(prefix "_rps", "bun")
    goal(rate " at least Bun's", x == "" ? "n/a" : "Bun's is " fmt_ratio(x) " of toyjs's", check(x, "<=", 1))
    x = ratio(prefix "_cpu", "deno")
    goal(cpu " at most Deno's", x == "" ? "n/a" : fmt_ratio(x) " of Deno's", check(x, "<=", 1))
    x = ratio(prefix "_p99", "deno")
    goal(p99 " at most Deno's", x == "" ? "n/a" : fmt_ratio(x) " of Deno's", check(x, "<=", 1))
}

END {
    for (i = 1; i <= nw; i++)
        for (j = 1; j <= nr; j++) {
            k = WL[i] SUBSEP RT[j]
            if (N[k] > 0) { sort_values(k); MED[k] = median(k); MIN[k] = V[k, 1]; MAX[k] = V[k, N[k]] }
        }

    MD = out "/results.md"
    CSV = out "/results.csv"

    # ---------------------------------------------------------- markdown --
    printf "# toyjs benchmarks\n\n" > MD
    printf "%s; %s; median of %s rounds (start-up: each round the median of %s process starts).\n\n", \
        META["date"], META["machine"], META["rounds"], META["startup_runs"] > MD
    printf "Versions: toyjs: %s", META["version_toyjs"] > MD
    for (p = 1; p <= np; p++)
        printf "; %s: %s", PEER[p], missing(PEER[p]) ? "missing" : META["version_" PEER[p]] > MD
    printf ".\n\n" > MD
    printf "Lower is better everywhere. A ratio is toyjs / peer: below 1 toyjs is faster (or smaller), above 1 slower.\n\n" > MD

    printf "| workload | unit | toyjs | node | deno | bun | toyjs/node | toyjs/deno | toyjs/bun |\n" > MD
    printf "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n" > MD
    for (i = 1; i <= nm; i++) {
        w = MAIN[i]
        printf "| %s | %s | %s", LABEL[w], UNIT[w], cell(w, "toyjs") > MD
        for (p = 1; p <= np; p++) printf " | %s", cell(w, PEER[p]) > MD
        for (p = 1; p <= np; p++) {
            x = ratio(w, PEER[p])
            printf " | %s", x == "" ? "" : fmt_ratio(x) > MD
        }
        printf " |\n" > MD
    }

    printf "\n## toyjs variants and the start-up floor\n\n" > MD
    printf "| measurement | unit | value | toyjs / this |\n| --- | --- | ---: | ---: |\n" > MD
    vrow("startup", "toyjs-no-snapshot", "start-up: toyjs --no-snapshot", "--no-snapshot")
    vrow("startup_inproc_total", "toyjs", "start-up: toyjs in-process total, hello world included (--timings)", "--timings")
    vrow("startup", "floor-link", "start-up floor: a C program that only links libnode", "")
    vrow("startup", "floor-isolate", "start-up floor: + V8 platform and one isolate", "")
    vrow("op_add", "toyjs-no-fast-calls", "sync op: op_add, toyjs --no-fast-calls", "--no-fast-calls")

    # ------------------------------------------------------------- goals --
    printf "\n## The project's goals\n\n" > MD
    printf "Measured as they come; a goal not met is reported, never tuned away.\n\n" > MD
    printf "| goal | measured | status |\n| --- | --- | --- |\n" > MD
    x = ratio("startup", "floor-link")
    goal("start-up within 1.25x of the libnode floor", x == "" ? "n/a" : fmt_ratio(x) " of floor", check(x, "<=", 1.25))
    x = ratio("startup", "node")
    goal("start-up faster than Node", x == "" ? "n/a" : fmt_ratio(x) " of Node", check(x, "<", 1))
    x = has("startup_inproc", "toyjs") ? MED["startup_inproc", "toyjs"] : ""
    goal("main to the first line of user code under 3 ms", x == "" ? (META["has_timings"] ? "n/a (--timings output not understood)" : "n/a (no --timings)") : fmt(x) " ms (--timings)", check(x, "<", 3))
    x = has("startup_inproc_total", "toyjs") ? MED["startup_inproc_total", "toyjs"] : ""
    goal("in-process start-up under 5 ms", x == "" ? (META["has_timings"] ? "n/a (--timings output not understood)" : "n/a (no --timings)") : fmt(x) " ms total (--timings)", check(x, "<", 5))
    x = ratio("startup", "toyjs-no-snapshot"); x = x == "" ? "" : 1 / x
    goal("snapshot start-up 3x faster than --no-snapshot", x == "" ? "n/a (no --no-snapshot)" : fmt_ratio(x) " faster", check(x, ">=", 3))
    fast = META["has_no_fast"] && has("op_add", "toyjs") ? MED["op_add", "toyjs"] : ""
    slow = META["has_no_fast"] ? (has("op_add", "toyjs-no-fast-calls") ? MED["op_add", "toyjs-no-fast-calls"] : "") \
                               : (has("op_add", "toyjs") ? MED["op_add", "toyjs"] : "")
    goal("fast op call at most 5 ns", fast == "" ? "n/a (no --no-fast-calls: no fast path)" : fmt(fast) " ns", check(fast, "<=", 5))
    x = fast == "" || slow == "" || fast == 0 ? "" : slow / fast
    goal("fast op at least 5x faster than the slow path", x == "" ? "n/a" : fmt_ratio(x) " faster", check(x, ">=", 5))
    goal("slow op call at most 60 ns", slow == "" ? "n/a" : fmt(slow) " ns", check(slow, "<=", 60))
    x = has("async_op", "toyjs") ? MED["async_op", "toyjs"] : ""
    goal("async op round trip at most 300 ns", x == "" ? "n/a" : fmt(x) " ns (" NOTE["async_op", "toyjs"] ")", check(x, "<=", 300))
    x = ratio("timers", "node")
    goal("timers no slower than Node", x == "" ? "n/a" : fmt_ratio(x) " of Node", check(x, "<=", 1))
    x = ratio("timers", "bun")
    goal("timers no slower than Bun", x == "" ? "n/a" : fmt_ratio(x) " of Bun", check(x, "<=", 1))
    x = ratio("microtasks", "node")
    goal("microtasks no slower than Node", x == "" ? "n/a" : fmt_ratio(x) " of Node", check(x, "<=", 1))
    x = ratio("read_file", "node")
    goal("file reads at least as fast as Node", x == "" ? "n/a" : fmt_ratio(x) " of Node's time", check(x, "<=", 1))
    x = ratio("read_file", "bun")
    goal("file reads at least as fast as Bun", x == "" ? "n/a" : fmt_ratio(x) " of Bun's time", check(x, "<=", 1))
    x = has("tcp_pipe_rss", "toyjs") ? MED["tcp_pipe_rss", "toyjs"] : ""
    goal("peak RSS streaming 1 GiB through TCP under 64 MB", x == "" ? "n/a" : fmt(x) " MiB", check(x, "<", 64 * 1000 * 1000 / 1048576))
    x = ratio("tcp_pipe", "deno")
    goal("streaming 1 GiB through TCP at least as fast as Deno", x == "" ? "n/a" : "Deno's rate is " fmt_ratio(x) " of toyjs's", check(x, "<=", 1))
    x = ratio("http_rps", "node")
    goal("HTTP requests per second at least Node's", x == "" ? "n/a" : (x == 0 ? "n/a" : fmt_ratio(1 / x) " of Node's"), check(x, "<=", 1))
    x = ratio("http_rps", "deno")
    goal("HTTP requests per second within 1.5x of Deno's", x == "" ? "n/a" : "Deno's is " fmt_ratio(x) " of toyjs's", check(x, "<=", 1.5))
    http_goals("http", "HTTP requests per second", "HTTP server CPU per request", "HTTP p99 latency")
    http_goals("http_close", "HTTP, a connection per request: rate", \
               "HTTP, a connection per request: CPU per request", "HTTP, a connection per request: p99")
    x = ratio("memory", "node")
    goal("peak memory below Node's", x == "" ? "n/a" : fmt_ratio(x) " of Node", check(x, "<", 1))

    # ------------------------------------------------------------- notes --
    printf "\n## Notes\n\n" > MD
    printf "- async op: toyjs awaited `%s`; the peers have no raw ops, so they await the nearest equivalent, one loop turn through `setImmediate` (Deno: from `node:timers`). Not the same work: read that ratio as a rough comparison (marked * in the plot).\n", \
        NOTE["async_op", "toyjs"] == "" ? "?" : NOTE["async_op", "toyjs"] > MD
    printf "- op_add: toyjs only (peers: n/a). The op's metrics counted `%s`%s.\n", \
        NOTE["op_add", "toyjs"] == "" ? "?" : NOTE["op_add", "toyjs"], \
        NOTE["op_add", "toyjs-no-fast-calls"] == "" ? "" : sprintf(", and with --no-fast-calls `%s`", NOTE["op_add", "toyjs-no-fast-calls"]) > MD
    printf "- toyjs flags: --no-snapshot %s, --no-fast-calls %s, --timings %s.\n", \
        META["has_no_snapshot"] ? "available" : "n/a", META["has_no_fast"] ? "available" : "n/a", \
        META["has_timings"] ? "available" : "n/a" > MD
    printf "- In-process start-up: Node, Deno and Bun report `performance.now()` at their first line of user code; toyjs reports the `main to user code` line of `--timings` (its `total`, which also runs hello world and the loop, is in the variants table and is what the 5 ms goal is checked against).\n" > MD
    if (META["missing"] != "") printf "- Missing peers (could not be installed or run):%s.\n", META["missing"] > MD
    printf "- HTTP: `wrk -t1 -c32 -d%ss --latency` (after 1 s of warm-up) against `bench/workloads/http_server.mjs` on 127.0.0.1, each runtime with its own server API; median of %s rounds. Requests per second is the one figure where higher is better: its ratio is peer / toyjs, so below 1 still means toyjs is faster.\n", META["http_seconds"], META["http_rounds"] > MD
    printf "- TCP streaming: `bench/workloads/tcp_pipe.mjs`, one process, server and client on 127.0.0.1; toyjs and Deno pipe a web ReadableStream into `conn.writable` and read with `conn.readable`, Node and Bun use `node:net` and `stream.pipeline` (Bun has no `conn.writable`). The rate is from the first byte sent to the last byte read, higher is better (its ratio is peer / toyjs); the peak RSS is GNU time's of the whole process.\n" > MD
    printf "- Workers: `postmessage.mjs` times 100 000 round trips of a small object to a worker and back, in sequence (toyjs, Deno and Bun: a module `Worker`; Node: `worker_threads`). `cpu_split.mjs` counts the primes below 5 000 000 on one worker, then on two, in one process; the speed-up is one's time over two's, per round (on a machine with %s cores, shared with whatever else runs).\n", META["cores"] > MD
    printf "- A server on every core: `http_parallel.mjs`, one server per core on one port, under the same wrk as the HTTP rows (one wrk thread, so wrk takes a core too). toyjs, Deno and Bun: a worker per core, each serving with `reusePort` (SO_REUSEPORT); Deno needs `--unstable-net` for it. Node: its `cluster` module, a process per core, the primary handing out connections. Its CPU time counts every thread and child process.\n" > MD
    printf "- Self-timed workloads use `performance.now()` where the runtime has it (toyjs from chapter 09), else `Date.now()` (whole ms); they run for hundreds of ms.\n" > MD

    # --------------------------------------------------------------- csv --
    printf "workload,runtime,unit,median,min,max,rounds,toyjs_over_this,note\n" > CSV
    for (i = 1; i <= nw; i++)
        for (j = 1; j <= nr; j++) {
            w = WL[i]; r = RT[j]; k = w SUBSEP r
            if (!SEEN[k] && !(r ~ /^(node|deno|bun)$/ && missing(r))) continue
            x = r == "toyjs" ? "" : ratio(w, r)
            if (has(w, r))
                printf "%s,%s,%s,%s,%s,%s,%d,%s,%s\n", w, r, UNIT[w], MED[k], MIN[k], MAX[k], N[k], \
                    x == "" ? "" : sprintf("%.4f", x), NOTE[k] > CSV
            else
                printf "%s,%s,%s,%s,,,0,,%s\n", w, r, UNIT[w], why(w, r), NOTE[k] > CSV
        }

    # -------------------------------------------------------------- plot --
    DAT = out "/plot.dat"
    printf "# x label toyjs/node toyjs/deno toyjs/bun\n" > DAT
    n = 0; lo = 1; hi = 1
    for (i = 1; i <= nm; i++) {
        w = MAIN[i]; line = ""; any = 0
        for (p = 1; p <= np; p++) {
            x = ratio(w, PEER[p])
            if (x == "") { line = line " NaN"; continue }
            any = 1; line = line sprintf(" %.5f", x)
            if (x < lo) lo = x
            if (x > hi) hi = x
        }
        if (!any) continue
        printf "%d \"%s\"%s\n", n, SHORT[w], line > DAT
        n++
    }
    GP = out "/plot.gp"
    printf "# Written by bench/report.awk; run from the repository root.\n" > GP
    printf "if (strstrt(GPVAL_TERMINALS, \"pngcairo\") > 0) set terminal pngcairo size 1500,640 font \"sans,11\"; else set terminal png size 1500,640\n" > GP
    printf "set output \"%s/results.png\"\n", out > GP
    printf "set title \"toyjs / peer, median of %s rounds: below 1 toyjs is faster or smaller (log scale)\"\n", META["rounds"] > GP
    printf "set logscale y\nset yrange [%g:%g]\nset xrange [-0.6:%g]\n", lo / 2.5, hi * 2.5, n - 0.4 > GP
    printf "set ylabel \"toyjs / peer\"\nset grid ytics\nset key top left\nset style fill solid 0.85 border -1\n" > GP
    printf "set arrow from graph 0, first 1 to graph 1, first 1 nohead lw 2 lc rgb \"black\"\n" > GP
    printf "set label \"* peers: nearest equivalent (setImmediate)\" at graph 0.99, graph 0.04 right font \",9\"\n" > GP
    printf "set xtics scale 0\nset ytics (\"0.01\" 0.01, \"0.02\" 0.02, \"0.05\" 0.05, \"0.1\" 0.1, \"0.2\" 0.2, \"0.5\" 0.5, \"1\" 1, \"2\" 2, \"5\" 5, \"10\" 10, \"20\" 20, \"50\" 50, \"100\" 100)\n" > GP
    printf "w = 0.26\nbar(r) = r > 1 ? r * 1.18 : r / 1.18\n" > GP
    printf "plot \"%s\" using 1:(1):($1-w-w/2):($1-w/2):(1):3:xtic(2) with boxxyerror lc rgb \"#3c8d2f\" title \"vs node\", \\\n", DAT > GP
    printf "  \"\" using 1:(1):($1-w/2):($1+w/2):(1):4 with boxxyerror lc rgb \"#2a6fb0\" title \"vs deno\", \\\n" > GP
    printf "  \"\" using 1:(1):($1+w/2):($1+w+w/2):(1):5 with boxxyerror lc rgb \"#c8742b\" title \"vs bun\", \\\n" > GP
    printf "  \"\" using ($1-w):(bar($3)):(sprintf(\"%%.2f\", $3)) with labels font \",9\" notitle, \\\n" > GP
    printf "  \"\" using 1:(bar($4)):(sprintf(\"%%.2f\", $4)) with labels font \",9\" notitle, \\\n" > GP
    printf "  \"\" using ($1+w):(bar($5)):(sprintf(\"%%.2f\", $5)) with labels font \",9\" notitle\n" > GP
}

# One row of the variants table: workload w on runtime r, against toyjs.
function vrow(w, r, text, flag,    x) {
    x = r == "toyjs" ? "" : ratio(w, r)
    printf "| %s | %s | %s | %s |\n", text, UNIT[w], \
        has(w, r) ? fmt(MED[w, r]) : (flag != "" && !META[FLAGKEY[flag]] ? "n/a (no " flag ")" : why(w, r)), \
        x == "" ? "" : fmt_ratio(x) > MD
}
