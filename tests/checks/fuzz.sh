#!/bin/sh
# A short, bounded run of each fuzz target (built by `make fuzz-build`):
# the permission matcher, the path normaliser, the net rules' host parser,
# the check's resolver and the walk, the HTTP request parser and the
# debugger's WebSocket frame decoder must survive random input without
# tripping an invariant or a sanitizer, or taking more than 10 seconds
# over one input (a loop that never ends); then
# the op fuzzer, every op called with hostile arguments.
# Set FUZZ_SECONDS for a longer run of each libFuzzer target (see the
# Makefile for running one by itself); `make fuzz` runs the op fuzzer for
# as long as asked.
SECONDS_EACH=${FUZZ_SECONDS:-10}
for target in normalize matcher net walk http ws; do
    bin=build/fuzz/fuzz_$target
    if [ ! -x "$bin" ]; then
        echo "FAIL fuzz $target: $bin is missing (make fuzz-build builds it; it needs clang)"
        continue
    fi
    work=$(mktemp -d)
    cp tests/fuzz/corpus/$target/* "$work"/ 2>/dev/null
    # TMPDIR: where fuzz_walk builds its tree, gone with $work.
    if TMPDIR="$work" "$bin" -max_total_time="$SECONDS_EACH" -timeout=10 -seed=1 -print_final_stats=0 \
        -artifact_prefix="$work/" "$work" >"$work/log" 2>&1; then
        echo "ok fuzz $target ($SECONDS_EACH s, no finding)"
    else
        echo "FAIL fuzz $target: a finding; the log ends with:"
        tail -15 "$work/log" | sed 's/^/    /'
        ls "$work"/crash-* "$work"/leak-* 2>/dev/null | sed 's/^/    input: /'
    fi
    rm -rf "$work"
done

# Two short rounds of the op fuzzer on the ASan runtime, from fixed seeds
# (`make fuzz` runs it for longer; tests/fuzz/ops.sh says how).
sh tests/fuzz/ops.sh -n "${FUZZ_OPS_CALLS:-1500}" -r 2 1
