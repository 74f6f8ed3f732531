/* tests/toyrun.c: runs a suite's tests for tests/run.sh, one after another,
 * each with a time limit: what `timeout -k 5 LIMIT` did for each test, in
 * one process for the whole suite instead of two more for each test (the
 * runner runs some ten thousand tests; a process costs milliseconds).
 *
 *   toyrun LIMIT DIR LOCKS < PLAN
 *
 * PLAN holds one entry per test, a line each: its number N, the name of
 * the lock it holds while it runs (empty: none), the count of arguments,
 * then the arguments, the program first (no argument holds a newline: a
 * test's arguments come from one line of its header). Each test runs with
 * stdin from /dev/null, stdout to DIR/N.out and stderr to DIR/N.err, in a
 * process group of its own; its exit code goes to DIR/N.code, as the shell
 * would have it (128 + the signal if a signal ended it). After LIMIT
 * seconds its group gets SIGTERM and the code is 124; five seconds later,
 * SIGKILL, and the code is 137. A lock is a directory under LOCKS holding
 * its owner's pid, taken over when its owner is gone (run.sh's take_lock).
 * SIGTERM, SIGINT or SIGHUP is passed on to the running test's group and
 * ends toyrun; so does the end of the runner that started it, before the
 * next test.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char *line;
static size_t cap;

/* The next line of stdin without its newline, or NULL at the end. */
static char *next_line(void) {
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) return NULL;
    if (n > 0 && line[n - 1] == '\n') line[n - 1] = '\0';
    return line;
}

static void nap(long ms) {
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {}
}

static void take_lock(const char *locks, const char *name, char *path, size_t size) {
    char pidfile[4096 + 8];
    mkdir(locks, 0777);
    snprintf(path, size, "%s/%s", locks, name);
    snprintf(pidfile, sizeof pidfile, "%s/pid", path);
    for (int tries = 0; mkdir(path, 0777) < 0;) {
        FILE *f = fopen(pidfile, "r");
        long owner = 0;
        if (f) {
            if (fscanf(f, "%ld", &owner) != 1) owner = 0;
            fclose(f);
        }
        if (owner > 0 && kill((pid_t)owner, 0) < 0 && errno == ESRCH) {
            unlink(pidfile);
            rmdir(path);
            continue;
        }
        if (++tries > 3000) break;          /* about five minutes */
        nap(100);
    }
    FILE *f = fopen(pidfile, "w");
    if (f) {
        fprintf(f, "%ld\n", (long)getpid());
        fclose(f);
    }
}

static void drop_lock(const char *path) {
    char pidfile[4096 + 8];
    snprintf(pidfile, sizeof pidfile, "%s/pid", path);
    unlink(pidfile);
    rmdir(path);
}

static int open_out(const char *dir, const char *n, const char *ext) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.%s", dir, n, ext);
    return open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
}

/* The signals toyrun waits for (blocked, so they wait for it): a child's
 * end, and those that end the run, as they would end timeout(1). */
static sigset_t waited;
static char lockpath[4096];

/* Waits up to ms for the child; returns 1 when it was reaped. A signal
 * that ends the run is passed on to the test's group, and ends toyrun
 * (dropping the lock it holds) the way it would have ended it. */
static int wait_for(pid_t pid, int *status, long ms) {
    struct timespec end, now;
    clock_gettime(CLOCK_MONOTONIC, &end);
    end.tv_sec += ms / 1000;
    end.tv_nsec += (ms % 1000) * 1000000L;
    if (end.tv_nsec >= 1000000000L) { end.tv_sec++; end.tv_nsec -= 1000000000L; }
    for (;;) {
        pid_t r = waitpid(pid, status, WNOHANG);
        if (r == pid) return 1;
        if (r < 0 && errno != EINTR) return 1;
        clock_gettime(CLOCK_MONOTONIC, &now);
        long left_ms = (long)(end.tv_sec - now.tv_sec) * 1000 + (end.tv_nsec - now.tv_nsec) / 1000000L;
        if (left_ms <= 0) return 0;
        struct timespec ts = {left_ms / 1000, (left_ms % 1000) * 1000000L};
        int sig = sigtimedwait(&waited, NULL, &ts);
        if (sig > 0 && sig != SIGCHLD) {
            kill(-pid, sig);
            kill(pid, sig);
            if (*lockpath) drop_lock(lockpath);
            signal(sig, SIG_DFL);
            sigprocmask(SIG_UNBLOCK, &waited, NULL);
            raise(sig);
            _exit(128 + sig);
        }
    }
}

static int run(const char *dir, const char *n, char **argv, long limit) {
    int out = open_out(dir, n, "out"), err = open_out(dir, n, "err");
    int in = open("/dev/null", O_RDONLY);
    if (out < 0 || err < 0 || in < 0) {
        perror("toyrun: open");
        exit(2);
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("toyrun: fork");
        exit(2);
    }
    if (pid == 0) {
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        setpgid(0, 0);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        close(in); close(out); close(err);
        execvp(argv[0], argv);
        int e = errno;
        fprintf(stderr, "toyrun: %s: %s\n", argv[0], strerror(e));
        _exit(e == ENOENT ? 127 : 126);
    }
    setpgid(pid, pid);
    close(in); close(out); close(err);
    int status = 0, code;
    if (wait_for(pid, &status, limit * 1000)) {
        code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    } else {
        kill(-pid, SIGTERM);
        kill(pid, SIGTERM);
        code = 124;
        if (!wait_for(pid, &status, 5000)) {
            kill(-pid, SIGKILL);
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            code = 137;
        }
    }
    return code;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: toyrun LIMIT DIR LOCKS < PLAN\n");
        return 2;
    }
    long limit = strtol(argv[1], NULL, 10);
    const char *dir = argv[2], *locks = argv[3];
    if (limit <= 0) limit = 20;
    sigemptyset(&waited);
    sigaddset(&waited, SIGCHLD);
    sigaddset(&waited, SIGTERM);
    sigaddset(&waited, SIGINT);
    sigaddset(&waited, SIGHUP);
    sigprocmask(SIG_BLOCK, &waited, NULL);
    pid_t parent = getppid();
    char *n, *lock, *count;
    /* Each test in turn, while the runner that started it is there. */
    while (getppid() == parent && (n = next_line()) != NULL) {
        n = strdup(n);
        lock = (lock = next_line()) ? strdup(lock) : NULL;
        count = next_line();
        long argc2 = count ? strtol(count, NULL, 10) : 0;
        if (!n || !lock || argc2 < 1) {
            fprintf(stderr, "toyrun: a broken plan\n");
            return 2;
        }
        char **args = calloc((size_t)argc2 + 1, sizeof *args);
        for (long i = 0; i < argc2; i++) {
            char *a = next_line();
            if (!args || !a || !(args[i] = strdup(a))) {
                fprintf(stderr, "toyrun: a broken plan\n");
                return 2;
            }
        }
        lockpath[0] = '\0';
        if (*lock) take_lock(locks, lock, lockpath, sizeof lockpath);
        int code = run(dir, n, args, limit);
        if (*lock) drop_lock(lockpath);
        lockpath[0] = '\0';
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.code", dir, n);
        FILE *f = fopen(path, "w");
        if (!f || fprintf(f, "%d\n", code) < 0 || fclose(f) != 0) {
            perror("toyrun: writing the exit code");
            return 2;
        }
        for (long i = 0; i < argc2; i++) free(args[i]);
        free(args);
        free(n);
        free(lock);
    }
    free(line);
    return 0;
}
