# toyjs: the book's runtime, its chapters, its tests.
#
#   make run        install what is missing, build, run the demo
#   make test       install what is missing, build, run every test on
#                   the complete runtime and on every chapter
#
# Everything else is listed by `make help`.

SHELL     := /bin/sh
ROOT      := $(CURDIR)
DEPS      := $(ROOT)/deps
BUILD     := $(ROOT)/build
CHAPTERS  := $(shell awk '!/^\#/ && NF { print $$1 }' book/chapters.txt)
CC        ?= cc
TOOLFLAGS := -std=c11 -O2 -g -Wall -Wextra -Werror -pedantic -D_DEFAULT_SOURCE
TOYBOOK   := build/tools/toybook
TOYRUN    := build/tools/toyrun
ZYGOTE    := build/tools/libzygote.so
# The builds below (the runtime, each chapter, the sanitizer build) use
# every core unless make was given a -j of its own; the targets up here
# stay in order (deps must be there before anything builds).
JOBS      := $(shell nproc 2>/dev/null || echo 1)
PARALLEL   = $(if $(filter -j%,$(MAKEFLAGS)),,-j$(JOBS))
SUBMAKE    = $(MAKE) $(PARALLEL) --no-print-directory DEPS=$(DEPS)

all: toyjs chapters-build unit

help:
	@echo "make run            deps, build, run examples/tour.js"
	@echo "make test           deps, build, the whole suite (tests/run.sh --all)"
	@echo "make deps           install/fetch what the build needs (idempotent)"
	@echo "make test-deps      also what the tests need (Chromium, Node.js, npm clients)"
	@echo "make                build build/toyjs, every chapter, the unit tests"
	@echo "make chapter CH=02-timers   build one chapter (or: make -C chapters/02-timers)"
	@echo "make chapters       regenerate chapters/ from src/ (commit the result)"
	@echo "make excerpts       refresh the code excerpts in book/*.md"
	@echo "make figures        render book/figures/*.dot to SVG (installs graphviz if missing)"
	@echo "make book           the book as HTML in build/book/ (open index.html; installs pandoc if missing)"
	@echo "make transcripts    run the book's transcripts (FILES=..., UPDATE=1 to rewrite them)"
	@echo "make lab EX=01-prompt       copy a chapter to lab/ for an exercise"
	@echo "make grade EX=01-prompt     build your lab copy and grade it"
	@echo "make handout [OUT=DIR]      a student's repository: no solutions, no teacher's fixtures"
	@echo "make grade-all SUBMISSIONS=DIR [HIDDEN=DIR] [OUT=DIR]   grade a class (grades.csv, summary)"
	@echo "make sanitize       the suite on an ASan+UBSan build"
	@echo "make fuzz           build the fuzzers, then fuzz the ops for FUZZ_SECONDS (600; 0: until stopped)"
	@echo "make fuzz-build     build the libFuzzer targets (build/fuzz/) and the ASan runtime"
	@echo "make compile_commands.json  for clangd (uses bear)"
	@echo "make clean          remove build/ (deps/ stays)"

# ------------------------------------------------------------- set-up --

deps:
	@sh mk/deps.sh $(DEPS)

# What the suite needs besides: the debugger checks' clients (Chromium,
# Node.js, chrome-remote-interface).
test-deps:
	@sh mk/deps.sh --tests $(DEPS)

# ------------------------------------------------------------- builds --

# V8's headers, precompiled once (build/pch/v8.h.gch) for the builds that
# compile C++ without ccache: the complete runtime here and each lab's
# patched copy (tests/checks/exercises.sh). Parsing V8's headers is a
# third of a small .cc file's compile, and a lab whose patch touches
# bridge.h compiles every .cc file again (19-self-onerror: 30.7 s of CPU
# without it, 26.0 s with it). They get it with -include, in CXXFLAGS from
# the environment, so the Makefiles the book shows do not change and
# build without it; every .cc file includes bridge.h, which includes
# v8.h, so nothing that builds with it fails without it. The flags are
# src/Makefile's for a .cc file: where they differ (message.cc's
# -fno-rtti, the sanitizer build) GCC finds the header unfit and reads
# v8.h instead. Not for the chapters: through ccache it saved nothing
# (ccache then hashes the 50 MB header for every compile).
V8_INCLUDE := $(DEPS)/libnode/usr/include/nodejs/deps/v8/include
PCH        := $(BUILD)/pch/v8.h
PCH_FLAGS  := -D_DEFAULT_SOURCE -std=c++17 -O2 -g -Wall -Wextra -Werror -fno-exceptions \
              -isystem $(V8_INCLUDE)

$(PCH).gch: $(wildcard $(V8_INCLUDE)/*.h $(V8_INCLUDE)/*/*.h)
	@test -f $(V8_INCLUDE)/v8.h || { echo "toyjs: no V8 headers at $(V8_INCLUDE)"; \
	  echo "toyjs: run 'make deps' first"; exit 1; }
	@mkdir -p $(dir $@)
	@printf '#include <v8.h>\n' >$(PCH)
	$(CXX) $(PCH_FLAGS) -x c++-header -o $@ $(PCH)

toyjs: $(PCH).gch
	+@CXXFLAGS="-include $(PCH)" $(SUBMAKE) -C src BUILD=$(BUILD)/complete
	@ln -sf complete/toyjs $(BUILD)/toyjs

# Neighbouring chapters share many files byte for byte: 12-tcp compiles
# two files of its own and 32 exactly as 11-files did. So the chapters
# are compiled through ccache when it is installed (make deps installs
# it), with its cache in build/ccache: a compile whose preprocessed
# source, compiler and flags are those of one already done in this tree
# takes that one's object (and its output, which -Werror keeps empty)
# instead of running again. Every distinct compile still runs once in a
# clean tree, with -Werror; a failed compile is never cached; an edited
# file or header is compiled again. NOHASHDIR is what lets chapters/
# 12-tcp/util.c reuse chapters/11-files/util.c's object: the debug
# information of a reused object names the directory of the chapter
# that compiled it first (the same bytes).
CCACHE     := $(shell command -v ccache 2>/dev/null)
CACHED_ENV := $(if $(CCACHE),CCACHE_DIR=$(BUILD)/ccache CCACHE_NOHASHDIR=true)
CACHED_CC  := $(if $(CCACHE),CC="ccache $(CC)" CXX="ccache $(CXX)")

chapters-build:
	+@for ch in $(CHAPTERS); do \
	  $(CACHED_ENV) $(SUBMAKE) $(CACHED_CC) -C chapters/$$ch BUILD=$(BUILD)/chapters/$$ch || exit 1; \
	done

chapter:
	@test -n "$(CH)" || { echo "usage: make chapter CH=02-timers"; exit 2; }
	@$(SUBMAKE) -C chapters/$(CH) BUILD=$(BUILD)/chapters/$(CH)
	@echo "built $(BUILD)/chapters/$(CH)/toyjs"

$(TOYBOOK): book/tools/toybook.c
	@mkdir -p $(dir $@)
	$(CC) $(TOOLFLAGS) -o $@ $<

# What runs a suite's tests for tests/run.sh, each with its time limit
# (run.sh compiles one of its own when this one is missing or stale).
$(TOYRUN): tests/toyrun.c
	@mkdir -p $(dir $@)
	$(CC) $(TOOLFLAGS) -o $@ $<

# The library toyrun preloads so that a suite loads the runtime's shared
# libraries once, not once per test (tests/zygote.c).
$(ZYGOTE): tests/zygote.c
	@mkdir -p $(dir $@)
	$(CC) $(TOOLFLAGS) -shared -fPIC -o $@ $< -ldl

chapters: $(TOYBOOK)
	@$(TOYBOOK) chapters

excerpts: $(TOYBOOK)
	@$(TOYBOOK) excerpts --update

# The book's figures: book/figures/*.dot rendered to SVG (needs graphviz).
figures:
	@command -v dot >/dev/null || sh mk/deps.sh --graphviz $(DEPS)
	@sh book/figures/render.sh

# The book as HTML for a browser, offline: build/book/index.html (the
# contents) and a page per chapter, by Debian's pandoc (installed if
# missing; Graphviz too when a figure's SVG is not committed, to render
# it); book/html/build.sh says what it does.
book:
	@command -v pandoc >/dev/null || sh mk/deps.sh --book $(DEPS)
	@for d in book/figures/*.dot; do [ -f "$${d%.dot}.svg" ] || { \
	  command -v dot >/dev/null || sh mk/deps.sh --graphviz $(DEPS); break; }; done
	@sh book/html/build.sh $(BUILD)/book

# Run the book's transcripts on the chapters' binaries; FILES=book/NN-x.md
# for some, UPDATE=1 to write what really printed into the pages.
transcripts: toyjs chapters-build
	@sh book/tools/transcripts.sh $(if $(UPDATE),--update) $(or $(FILES),book/[0-9][0-9]-*.md)

# C unit tests for the pure-C parts, linked with the files they test.
# Each file is compiled once (into build/unit/obj/) for all the tests,
# and each compile is a target of its own, so they run side by side.
UNIT_SRCS  := util.c cli.c timers.c resources.c resolve.c permissions.c walk.c http_parser.c \
              json.c ws.c
# ws.c hashes with OpenSSL's libcrypto; test_debug_server runs the
# debugger's server (libuv, a thread of its own) with debug_server.c,
# which the other tests do not link.
UNIT_LIBS  := -lcrypto -luv -lpthread
UNIT_FLAGS := $(TOOLFLAGS) -Wno-pedantic -Isrc -Itests/unit -MMD -MP
UNIT_OBJS  := $(UNIT_SRCS:%.c=$(BUILD)/unit/obj/%.o)
UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(wildcard tests/unit/test_*.c))
unit: $(UNIT_TESTS)

$(BUILD)/unit/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(UNIT_FLAGS) -c -o $@ $<

$(BUILD)/unit/obj/test_%.o: tests/unit/test_%.c
	@mkdir -p $(@D)
	$(CC) $(UNIT_FLAGS) -c -o $@ $<

$(UNIT_TESTS): $(BUILD)/unit/%: $(BUILD)/unit/obj/%.o $(UNIT_OBJS)
	$(CC) -o $@ $^ $(UNIT_LIBS)

$(BUILD)/unit/test_debug_server: $(BUILD)/unit/obj/debug_server.o

-include $(wildcard $(BUILD)/unit/obj/*.d)

# libFuzzer targets for the C parts the permission system trusts: the
# path normaliser, the matcher, the net rules' host parser, the check's
# symlink resolver against the kernel and the walk that opens what was
# checked (fuzz_walk, in a tree of its own under $TMPDIR); and the
# parsers that read what any client sends: the HTTP request parser and
# the debugger's WebSocket frame decoder (fuzz_ws). `make test` runs each briefly
# (tests/checks/fuzz.sh); run one longer with
#   build/fuzz/fuzz_matcher -max_total_time=600 tests/fuzz/corpus/matcher
# Also the runtime built with ASan and UBSan, for the op fuzzer
# (tests/fuzz/ops.sh), which calls every op with hostile arguments:
# `make test` runs two short rounds of it, `make fuzz` runs it for
# FUZZ_SECONDS (0: until stopped), from seed FUZZ_SEED.
FUZZ_FLAGS := -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
              -D_DEFAULT_SOURCE -Isrc
FUZZ_SECONDS ?= 600
FUZZ_SEED ?= 1000
fuzz: fuzz-build
	@echo "== the op fuzzer, $(FUZZ_SECONDS) s from seed $(FUZZ_SEED) (longer: make fuzz FUZZ_SECONDS=3600;"
	@echo "   until stopped: FUZZ_SECONDS=0; one round again: sh tests/fuzz/ops.sh SEED)"
	@sh tests/fuzz/ops.sh -r 0 -t $(FUZZ_SECONDS) $(FUZZ_SEED)

fuzz-build: asan
	@command -v clang >/dev/null || { echo "make fuzz needs clang (make deps installs it)"; exit 1; }
	@mkdir -p $(BUILD)/fuzz
	clang $(FUZZ_FLAGS) -o $(BUILD)/fuzz/fuzz_normalize tests/fuzz/fuzz_normalize.c src/util.c
	clang $(FUZZ_FLAGS) -o $(BUILD)/fuzz/fuzz_matcher tests/fuzz/fuzz_matcher.c \
	    src/permissions.c src/util.c
	clang $(FUZZ_FLAGS) -o $(BUILD)/fuzz/fuzz_walk tests/fuzz/fuzz_walk.c \
	    src/permissions.c src/util.c src/walk.c
	clang $(FUZZ_FLAGS) -o $(BUILD)/fuzz/fuzz_http tests/fuzz/fuzz_http.c src/http_parser.c
	clang $(FUZZ_FLAGS) -o $(BUILD)/fuzz/fuzz_net tests/fuzz/fuzz_net.c \
	    src/permissions.c src/util.c
	clang $(FUZZ_FLAGS) -o $(BUILD)/fuzz/fuzz_ws tests/fuzz/fuzz_ws.c src/ws.c -lcrypto

# --------------------------------------------------------------- runs --

# The finished runtime's tour: files, a child process, an HTTP server and
# a fetch over loopback, a denied permission; then one line through the REPL.
# (examples/demo.js is the smaller demo the early chapters run.)
TOUR_FLAGS := --allow-read=/tmp --allow-write=/tmp --allow-net=127.0.0.1 --allow-run=uname
run: deps toyjs
	@echo "== build/toyjs $(TOUR_FLAGS) examples/tour.js"
	@$(BUILD)/toyjs $(TOUR_FLAGS) examples/tour.js
	@echo "== echo '[1, 2, 3].map((n) => n * 2)' | build/toyjs    (the REPL, fed by a pipe)"
	@echo '[1, 2, 3].map((n) => n * 2)' | $(BUILD)/toyjs

# What the suite needs is built by one make with a job per core, so the
# builds share the cores: while one links or writes a snapshot (one core),
# another compiles.
test: test-deps
	+@$(SUBMAKE) test-build
	@DEPS=$(DEPS) sh tests/run.sh --all

test-build: all $(TOYBOOK) $(TOYRUN) $(ZYGOTE) fuzz-build

# The suite on a runtime built with AddressSanitizer and UBSan. V8 itself
# is not instrumented; tests/lsan.supp lists, with reasons, the reports
# from inside libnode that are suppressed.
# libnode is built without RTTI, so UBSan's vptr check (which needs V8's type
# information) cannot link; every other UBSan check stays on, and GCC's
# float-cast-overflow is added (a double from a script cast to an integer
# out of its range is undefined behaviour; -fsanitize=undefined leaves it out).
SAN := -fsanitize=address,undefined,float-cast-overflow -fno-sanitize=vptr \
       -fno-omit-frame-pointer -fno-sanitize-recover=undefined,float-cast-overflow
asan: deps
	@$(SUBMAKE) -C src BUILD=$(BUILD)/asan SANITIZE="$(SAN)" OPT="-O1 -g"

sanitize: test-deps asan
	@mkdir -p $(BUILD)/asan/unit
	@for t in tests/unit/test_*.c; do \
	  name=$$(basename $$t .c); \
	  case $$name in test_debug_server) extra=src/debug_server.c ;; *) extra= ;; esac; \
	  $(CC) $(TOOLFLAGS) -Wno-pedantic $(SAN) -Isrc -Itests/unit -o $(BUILD)/asan/unit/$$name $$t \
	    $(addprefix src/,$(UNIT_SRCS)) $$extra $(UNIT_LIBS) && $(BUILD)/asan/unit/$$name >/dev/null \
	    || { echo "sanitize: unit test $$name failed"; exit 1; }; \
	done
	@echo "sanitize: unit tests clean"
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86 \
	 LSAN_OPTIONS=suppressions=$(ROOT)/tests/lsan.supp:print_suppressions=0 \
	 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=87 \
	 DEPS=$(DEPS) TOYJS_TEST_TIMEOUT=$${TOYJS_TEST_TIMEOUT:-120} sh tests/run.sh --interpreter $(BUILD)/asan/toyjs \
	   --runtime-checks

# ------------------------------------------------------------ teaching --

lab:
	@sh exercises/lab.sh start "$(EX)"

grade: deps
	@sh exercises/lab.sh grade "$(EX)"

# The teacher's side (exercises/README.md, "For teachers"): a student's
# repository without the solutions, and a whole class graded at once.
handout:
	@sh exercises/handout.sh $(if $(OUT),"$(OUT)")

GRADE_JOBS    ?= 1
TEST_TIMEOUT  ?= 20
BUILD_TIMEOUT ?= 600
grade-all: deps
	@test -n "$(SUBMISSIONS)" || { echo "usage: make grade-all SUBMISSIONS=DIR [HIDDEN=DIR] [OUT=DIR] [GRADE_JOBS=2] [TEST_TIMEOUT=20] [BUILD_TIMEOUT=600]"; exit 2; }
	@sh exercises/grade-all.sh -j $(GRADE_JOBS) --test-timeout $(TEST_TIMEOUT) --build-timeout $(BUILD_TIMEOUT) \
	  $(if $(HIDDEN),--hidden "$(HIDDEN)") --out "$(or $(OUT),build/grades)" "$(SUBMISSIONS)"

# Side-by-side benchmarks against Node, Deno and Bun (installed into deps/
# on first use); writes build/bench/results.{md,csv,png}. See bench/README.md.
bench: deps toyjs
	@sh bench/run.sh
.PHONY: bench

# --------------------------------------------------------------- tools --

compile_commands.json: deps
	@command -v bear >/dev/null || { echo "needs bear: apt-get install bear"; exit 1; }
	bear --output $(ROOT)/compile_commands.json -- $(MAKE) -B toyjs unit

clean:
	rm -rf $(BUILD)

.PHONY: all help deps test-deps test-build toyjs chapters-build chapter chapters excerpts figures book transcripts unit fuzz fuzz-build run \
        test asan sanitize lab grade handout grade-all clean
