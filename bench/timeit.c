/* timeit.c: runs a command N times and prints the median wall-clock time of
 * one run in milliseconds. The shell has no clock finer than a second that
 * does not cost a process of its own, so the harness times whole-process
 * start-up with this instead.
 *
 *   timeit N COMMAND [ARGS...]
 *
 * The command's output goes to /dev/null. Exits 1 if any run fails, so a
 * broken runtime is reported as a failure rather than timed. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* One run: fork, point stdout and stderr at /dev/null, exec, wait.
 * Returns the wall time in ms, or -1 if the command did not exit 0. */
static double run_once(char **argv) {
    double t0 = now_ms();
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        int fd = open("/dev/null", O_WRONLY);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        execvp(argv[0], argv);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0) return -1;
    double t1 = now_ms();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
    return t1 - t0;
}

int main(int argc, char **argv) {
    if (argc < 3 || atoi(argv[1]) < 1) {
        fprintf(stderr, "usage: timeit N COMMAND [ARGS...]\n");
        return 2;
    }
    int n = atoi(argv[1]);
    double *t = malloc((size_t)n * sizeof *t);
    if (t == NULL) return 1;
    for (int i = 0; i < n; i++) {
        t[i] = run_once(argv + 2);
        if (t[i] < 0) {
            fprintf(stderr, "timeit: %s failed\n", argv[2]);
            free(t);
            return 1;
        }
    }
    qsort(t, (size_t)n, sizeof *t, cmp_double);
    double median = n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
    printf("%.3f\n", median);
    free(t);
    return 0;
}
