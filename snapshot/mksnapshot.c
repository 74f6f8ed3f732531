/* mksnapshot: the build-time snapshot maker (chapter 07 on).
 *
 * It links every object of the runtime except main.o, starts V8, boots a
 * runtime under v8::SnapshotCreator (the bootstrap: Toy.core, the op
 * functions, every extension's JS) and writes the heap as a blob. The
 * Makefile then assembles the blob into the toyjs binary (snapshot.S),
 * so a process starts from it instead of running that JS again.
 *
 * Usage: mksnapshot OUT.bin */
#include <stdio.h>

#include "runtime.h"

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s OUT.bin\n", argv[0]);
        return 2;
    }
    char *flags[] = { argv[0], NULL };
    if (toy_v8_init(argv[0], 1, flags) != 0) return 1;
    /* Boot from source: this is what the snapshot will hold. */
    toy_runtime_use_snapshot(0, NULL);
    int code = toy_snapshot_write(argv[1], NULL, NULL);
    toy_v8_shutdown();
    return code;
}
