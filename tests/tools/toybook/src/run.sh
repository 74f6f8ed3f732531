#!/bin/sh
# run.sh: starts the fixture runtime.
#@ 02-timers
set -e
#> 03-ops run-trace
export TOY_TRACE=ops
#< 03-ops run-trace
exec ./toy "$@"
