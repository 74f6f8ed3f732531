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
 *
 * With TOYRUN_ZYGOTE set to the path of the library tests/zygote.c
 * builds, the tests whose program is the first test's program are not
 * exec'd one by one: toyrun starts that program once with the library
 * preloaded, and each test is a fork of it that starts the program's
 * main() with the test's arguments (see tests/zygote.c: the shared
 * libraries are loaded and relocated once per suite, not once per test).
 * Anything that goes wrong with the zygote makes toyrun go back to
 * exec'ing each test, for the rest of the run.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
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

/* A test's stdin (/dev/null), stdout (DIR/N.out) and stderr (DIR/N.err). */
static void open_files(const char *dir, const char *n, int *in, int *out, int *err) {
    *out = open_out(dir, n, "out");
    *err = open_out(dir, n, "err");
    *in = open("/dev/null", O_RDONLY);
    if (*out < 0 || *err < 0 || *in < 0) {
        perror("toyrun: open");
        exit(2);
    }
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

static int zsock = -1;          /* toyrun's end of the pair; -1: no zygote */
static pid_t zpid = -1;         /* the zygote process */
static char *zprogram;          /* the program it runs */
static int zfailed;             /* set once: exec every test from then on */

/* Passes a signal that ends the run on to the test's group, and ends
 * toyrun the way the signal would have (see wait_for). */
static void pass_on(int sig, pid_t group) {
    if (group > 0) {
        kill(-group, sig);
        kill(group, sig);
    }
    if (*lockpath) drop_lock(lockpath);
    if (zpid > 0) kill(zpid, SIGKILL);
    signal(sig, SIG_DFL);
    sigprocmask(SIG_UNBLOCK, &waited, NULL);
    raise(sig);
    _exit(128 + sig);
}

/* ------------------------------------------------------------ zygote -- */


static void zygote_stop(void) {
    if (zsock >= 0) close(zsock);
    zsock = -1;
    if (zpid > 0) {
        int status;
        kill(zpid, SIGKILL);
        while (waitpid(zpid, &status, 0) < 0 && errno == EINTR) {}
    }
    zpid = -1;
    zfailed = 1;
}

/* Starts the zygote for program, with the library at lib preloaded. */
static void zygote_start(const char *program, const char *lib) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0) {
        zfailed = 1;
        return;
    }
    pid_t pid = fork();
    if (pid < 0) {
        close(sv[0]); close(sv[1]);
        zfailed = 1;
        return;
    }
    if (pid == 0) {
        char fd[16];
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        int null = open("/dev/null", O_RDWR);
        if (null >= 0) { dup2(null, 0); dup2(null, 1); dup2(null, 2); }
        int keep = dup(sv[1]);          /* without close-on-exec */
        snprintf(fd, sizeof fd, "%d", keep);
        setenv("TOYRUN_ZYGOTE_FD", fd, 1);
        setenv("LD_PRELOAD", lib, 1);
        execl(program, program, (char *)NULL);
        _exit(127);
    }
    close(sv[1]);
    zsock = sv[0];
    zpid = pid;
    zprogram = strdup(program);
}

/* Reads one answer ("pid N", "status N") within ms; 0 on success. A
 * signal that ends the run is passed on to group and ends toyrun. */
static int zygote_read(const char *what, long *value, long ms, pid_t group);

static int run_exec(const char *dir, const char *n, char **argv, long limit);

/* Runs one test as a fork of the zygote; -1 when the zygote cannot. */
static int run_zygote(const char *dir, const char *n, char **argv, long limit) {
    int in, out, err;
    open_files(dir, n, &in, &out, &err);
    size_t len = 0;
    for (char **a = argv; *a; a++) len += strlen(*a) + 1;
    char *buf = malloc(len ? len : 1), *p = buf;
    if (!buf) exit(2);
    for (char **a = argv; *a; a++) {
        size_t k = strlen(*a) + 1;
        memcpy(p, *a, k);
        p += k;
    }
    int fds[3] = {in, out, err};
    union {
        char space[CMSG_SPACE(sizeof fds)];
        struct cmsghdr align;
    } control;
    memset(&control, 0, sizeof control);
    struct iovec iov = {buf, len};
    struct msghdr msg = {0};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.space;
    msg.msg_controllen = sizeof control.space;
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof fds);
    memcpy(CMSG_DATA(c), fds, sizeof fds);
    ssize_t sent;
    do sent = sendmsg(zsock, &msg, MSG_NOSIGNAL); while (sent < 0 && errno == EINTR);
    free(buf);
    close(in); close(out); close(err);
    long pid = 0, status = 0;
    if (sent != (ssize_t)len || zygote_read("pid", &pid, 10000, 0) != 0 || pid <= 0) {
        zygote_stop();
        return -1;
    }
    int code;
    if (zygote_read("status", &status, limit * 1000, (pid_t)pid) == 0) {
        int st = (int)status;
        code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    } else {
        kill(-(pid_t)pid, SIGTERM);
        kill((pid_t)pid, SIGTERM);
        code = 124;
        if (zygote_read("status", &status, 5000, (pid_t)pid) != 0) {
            kill(-(pid_t)pid, SIGKILL);
            kill((pid_t)pid, SIGKILL);
            code = 137;
            if (zygote_read("status", &status, 10000, (pid_t)pid) != 0) zygote_stop();
        }
    }
    return code;
}

static int zygote_read(const char *what, long *value, long ms, pid_t group) {
    struct timespec end, now;
    clock_gettime(CLOCK_MONOTONIC, &end);
    end.tv_sec += ms / 1000;
    end.tv_nsec += (ms % 1000) * 1000000L;
    if (end.tv_nsec >= 1000000000L) { end.tv_sec++; end.tv_nsec -= 1000000000L; }
    for (;;) {
        /* Signals stay blocked; they are looked at between short polls. */
        struct timespec zero = {0, 0};
        int sig = sigtimedwait(&waited, NULL, &zero);
        if (sig > 0 && sig != SIGCHLD) pass_on(sig, group);
        clock_gettime(CLOCK_MONOTONIC, &now);
        long left_ms = (long)(end.tv_sec - now.tv_sec) * 1000 + (end.tv_nsec - now.tv_nsec) / 1000000L;
        if (left_ms <= 0) return -1;
        struct pollfd pfd = {zsock, POLLIN, 0};
        int r = poll(&pfd, 1, left_ms < 100 ? (int)left_ms : 100);
        if (r < 0 && errno != EINTR) return -1;
        if (r <= 0) continue;
        char msg[64];
        ssize_t k = recv(zsock, msg, sizeof msg - 1, 0);
        if (k <= 0) return -1;
        msg[k] = '\0';
        size_t wl = strlen(what);
        if (strncmp(msg, what, wl) != 0 || msg[wl] != ' ') return -1;
        char *endp;
        errno = 0;
        *value = strtol(msg + wl + 1, &endp, 10);
        return errno || *endp ? -1 : 0;
    }
}

static int run(const char *dir, const char *n, char **argv, long limit) {
    const char *lib = getenv("TOYRUN_ZYGOTE"), *pre = getenv("LD_PRELOAD");
    if (lib && *lib && !(pre && *pre) && !zfailed) {
        if (zsock < 0) zygote_start(argv[0], lib);
        if (zsock >= 0 && strcmp(argv[0], zprogram) == 0) {
            int code = run_zygote(dir, n, argv, limit);
            if (code >= 0) return code;
        }
    }
    return run_exec(dir, n, argv, limit);
}

static int run_exec(const char *dir, const char *n, char **argv, long limit) {
    int in, out, err;
    open_files(dir, n, &in, &out, &err);
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
    if (zsock >= 0) {
        int status;
        close(zsock);
        while (waitpid(zpid, &status, 0) < 0 && errno == EINTR) {}
    }
    return 0;
}
