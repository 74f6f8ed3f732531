/* tests/zygote.c: a library tests/toyrun.c preloads into the runtime under
 * test, so that a suite pays for loading the runtime's shared libraries
 * once instead of once per test.
 *
 * Before a dynamically linked program's main() runs, the dynamic loader
 * maps and relocates every library it needs: for toyjs that is libnode,
 * with some 55,000 symbol relocations done at load (it is linked with
 * BIND_NOW), and the page faults they cause. That is about half of the
 * CPU a short test costs, and the suite runs some ten thousand of them.
 *
 * toyrun starts the runtime once per suite with this library in
 * LD_PRELOAD and one end of a socket pair in TOYRUN_ZYGOTE_FD. The
 * library defines __libc_start_main, the C library's function that the
 * program's entry point calls to run main(), so it runs first, with every
 * library already loaded and relocated and not one line of the runtime's
 * own code run yet. Instead of starting the program, it waits on the
 * socket. For each test toyrun sends the test's arguments and its stdin,
 * stdout and stderr; the zygote forks, and the child, in a process group
 * of its own, with those descriptors, default signal handling and the
 * environment toyrun has (without the two variables above), calls the C
 * library's own __libc_start_main with the test's arguments: from there
 * on it is the program starting as it does after exec, main() and all.
 * The zygote answers with the child's pid (toyrun signals its group when
 * the time limit passes), waits for it, and answers with its wait status.
 *
 * Without TOYRUN_ZYGOTE_FD the library does nothing but call through.
 * When the socket closes (toyrun is done or gone), the zygote exits.
 *
 * Protocol, on a SOCK_SEQPACKET pair (one message each):
 *   toyrun -> zygote: the arguments, each ending in a NUL byte, with three
 *                     descriptors (stdin, stdout, stderr) as SCM_RIGHTS
 *   zygote -> toyrun: "pid N", then "status N" when the child has ended
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

typedef int (*main_fn)(int, char **, char **);
typedef int (*start_fn)(main_fn, int, char **, void (*)(void), void (*)(void),
                        void (*)(void), void *);

extern char **environ;

enum { MAX_MESSAGE = 256 * 1024 };

/* Sends one short text message; 0 on success. */
static int answer(int sock, const char *what, long n) {
    char msg[64];
    int len = snprintf(msg, sizeof msg, "%s %ld", what, n);
    return send(sock, msg, (size_t)len, MSG_NOSIGNAL) == len ? 0 : -1;
}

/* Receives one request: fills fds[3] and returns the argument bytes'
 * length (the bytes in buf), 0 when the socket closed, -1 on a bad
 * request. */
static ssize_t receive(int sock, char *buf, size_t size, int fds[3]) {
    union {
        char space[CMSG_SPACE(3 * sizeof(int))];
        struct cmsghdr align;
    } control;
    struct iovec iov = {buf, size};
    struct msghdr msg = {0};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.space;
    msg.msg_controllen = sizeof control.space;
    ssize_t n;
    do n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC); while (n < 0 && errno == EINTR);
    if (n <= 0) return n < 0 ? -1 : 0;
    int got = 0;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
        size_t k = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (size_t i = 0; i < k; i++) {
            int fd;
            memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
            if (got < 3) fds[got++] = fd;
            else close(fd);
        }
    }
    if (got != 3 || (msg.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) || buf[n - 1] != '\0') {
        for (int i = 0; i < got; i++) close(fds[i]);
        return -1;
    }
    return n;
}

/* The child's side: the test's descriptors, process group and signal
 * state, then the program's start with argv followed by the environment
 * (where the C library looks for it: envp is argv + argc + 1). */
static int start_child(start_fn real, main_fn main_, char *args, size_t len, int fds[3],
                       void (*init)(void), void (*fini)(void), void (*rtld_fini)(void),
                       void *stack_end) {
    setpgid(0, 0);
    for (int i = 0; i < 3; i++) {
        if (dup2(fds[i], i) < 0) _exit(126);
    }
    for (int i = 0; i < 3; i++) {
        if (fds[i] > 2) close(fds[i]);
    }
    for (int sig = 1; sig < NSIG; sig++) {
        if (sig != SIGKILL && sig != SIGSTOP) signal(sig, SIG_DFL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    int argc = 0, envc = 0;
    for (size_t i = 0; i < len; i++) argc += args[i] == '\0';
    while (environ && environ[envc]) envc++;
    char **v = calloc((size_t)argc + (size_t)envc + 2, sizeof *v);
    if (!v || argc < 1) _exit(126);
    char *p = args;
    for (int i = 0; i < argc; i++) {
        v[i] = p;
        p += strlen(p) + 1;
    }
    for (int i = 0; i < envc; i++) v[argc + 1 + i] = environ[i];
    return real(main_, argc, v, init, fini, rtld_fini, stack_end);
}

int __libc_start_main(main_fn main_, int argc, char **argv, void (*init)(void),
                      void (*fini)(void), void (*rtld_fini)(void), void *stack_end) {
    /* dlsym gives an object pointer; POSIX guarantees it converts. */
    void *sym = dlsym(RTLD_NEXT, "__libc_start_main");
    start_fn real;
    if (!sym) _exit(127);
    memcpy(&real, &sym, sizeof real);
    const char *fdv = getenv("TOYRUN_ZYGOTE_FD");
    if (!fdv) return real(main_, argc, argv, init, fini, rtld_fini, stack_end);
    int sock = atoi(fdv);
    /* Neither the tests nor the programs they start see the zygote. */
    unsetenv("TOYRUN_ZYGOTE_FD");
    unsetenv("LD_PRELOAD");
    signal(SIGPIPE, SIG_IGN);
    static char args[MAX_MESSAGE];
    for (;;) {
        int fds[3];
        ssize_t n = receive(sock, args, sizeof args, fds);
        if (n == 0) _exit(0);
        if (n < 0) {
            if (answer(sock, "error", 0) < 0) _exit(1);
            continue;
        }
        pid_t pid = fork();
        if (pid == 0) {
            close(sock);
            return start_child(real, main_, args, (size_t)n, fds, init, fini, rtld_fini,
                               stack_end);
        }
        for (int i = 0; i < 3; i++) close(fds[i]);
        if (pid > 0) setpgid(pid, pid);     /* as the child does: no race */
        if (pid < 0) {
            if (answer(sock, "error", errno) < 0) _exit(1);
            continue;
        }
        if (answer(sock, "pid", (long)pid) < 0) {
            kill(-pid, SIGKILL);
            kill(pid, SIGKILL);
        }
        int status = 0;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        if (answer(sock, "status", status) < 0) _exit(0);
    }
    (void)argc;
    (void)argv;
}
