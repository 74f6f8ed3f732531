/* check.h: the few macros the C unit tests use. Each test prints one line,
 * "ok NAME" or "FAIL NAME: why", which tests/run.sh counts. */
#ifndef TOY_CHECK_H
#define TOY_CHECK_H

#include <stdio.h>

static int check_failed;

/* Fails the current test (and returns from it) when cond is false. */
#define CHECK(cond)                                                         \
    do {                                                                    \
        if (!(cond)) {                                                      \
            printf("FAIL %s: %s:%d: %s\n", check_name, __FILE__, __LINE__, #cond); \
            check_failed = 1;                                               \
            return;                                                         \
        }                                                                   \
    } while (0)

/* Runs one test function and prints its line. */
#define RUN(fn)                                                             \
    do {                                                                    \
        int before = check_failed;                                          \
        check_failed = 0;                                                   \
        check_name = #fn;                                                   \
        fn();                                                               \
        if (!check_failed) printf("ok %s\n", #fn);                          \
        check_failed |= before;                                             \
    } while (0)

static const char *check_name;

#endif
