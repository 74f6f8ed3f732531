/* toybook: writes each chapter's code from src/ and keeps the book's code
 * excerpts equal to that code.
 *
 * src/ holds the complete runtime. Marker comments in it say which chapter
 * each block of code belongs to (book/tools/README.md describes them), and
 * toybook reads them to:
 *
 *   chapters   write chapters/NN-slug/ for every chapter in book/chapters.txt
 *   excerpts   check (or update) the code excerpts quoted in the book's .md files
 *   snippets   list every named block of code
 *
 * Build: cc -std=c11 -Wall -Wextra -Werror -O2 -o toybook book/tools/toybook.c
 */

#define _POSIX_C_SOURCE 200809L

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* ========================== Memory and buffers ========================== */

/* realloc that never returns NULL: a tool this small has nothing sensible
 * to do when memory runs out, so it says so and stops. */
static void *xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (p == NULL) {
        fputs("toybook: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

/* Copy the n bytes at s into a new NUL-terminated string. */
static char *xstrndup(const char *s, size_t n) {
    char *d = xrealloc(NULL, n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

/* Copy a NUL-terminated string. */
static char *xstrdup(const char *s) {
    return xstrndup(s, strlen(s));
}

/* Make room for `need` elements of `size` bytes in the growable array p,
 * whose capacity is *cap. Returns the (maybe moved) array. */
static void *grow(void *p, size_t *cap, size_t need, size_t size) {
    size_t c = *cap ? *cap : 8;
    if (need <= *cap) return p;
    while (c < need) c *= 2;
    *cap = c;
    return xrealloc(p, c * size);
}

/* A growable byte buffer; not NUL-terminated. */
typedef struct {
    char *b;
    size_t len, cap;
} Buf;

/* Append n bytes to a buffer. */
static void buf_add(Buf *b, const char *s, size_t n) {
    b->b = grow(b->b, &b->cap, b->len + n, 1);
    if (n) memcpy(b->b + b->len, s, n);
    b->len += n;
}

/* Append a NUL-terminated string to a buffer. */
static void buf_adds(Buf *b, const char *s) {
    buf_add(b, s, strlen(s));
}

/* Append printf-formatted text to a buffer. */
static void buf_printf(Buf *b, const char *fmt, ...) {
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    b->b = grow(b->b, &b->cap, b->len + (size_t)n + 1, 1);
    va_start(ap, fmt);
    vsnprintf(b->b + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* A list of strings the list owns. */
typedef struct {
    char **v;
    size_t n, cap;
} StrList;

/* Add s (which the list now owns) to the end of a list. */
static void sl_push(StrList *l, char *s) {
    l->v = grow(l->v, &l->cap, l->n + 1, sizeof(char *));
    l->v[l->n++] = s;
}

/* Free every string of a list and the list's array. */
static void sl_free(StrList *l) {
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

/* qsort comparator for an array of strings. */
static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ============================ Text spans ============================ */

/* A view into a text held elsewhere: n bytes from s. */
typedef struct {
    const char *s;
    size_t n;
} Span;

/* Does the span equal the string lit exactly? */
static int span_eq(Span t, const char *lit) {
    size_t n = strlen(lit);
    return t.n == n && memcmp(t.s, lit, n) == 0;
}

/* Does the span start with the string lit? */
static int span_starts(Span t, const char *lit) {
    size_t n = strlen(lit);
    return t.n >= n && memcmp(t.s, lit, n) == 0;
}

/* The span without its first k bytes. */
static Span span_skip(Span t, size_t k) {
    if (k > t.n) k = t.n;
    t.s += k;
    t.n -= k;
    return t;
}

/* The span without leading blanks (spaces and tabs). */
static Span ltrim(Span t) {
    while (t.n && (t.s[0] == ' ' || t.s[0] == '\t')) t.s++, t.n--;
    return t;
}

/* The span without leading blanks and trailing white space (the line's
 * newline and any carriage return included). */
static Span trim(Span t) {
    t = ltrim(t);
    while (t.n && isspace((unsigned char)t.s[t.n - 1])) t.n--;
    return t;
}

/* Split text into lines. Each span keeps its newline, so writing the
 * spans back one after another gives the text byte for byte. */
static Span *split_lines(const char *text, size_t len, size_t *count) {
    Span *v = NULL;
    size_t n = 0, cap = 0, start = 0;

    for (size_t i = 0; i < len; i++) {
        if (text[i] != '\n' && i + 1 != len) continue;
        v = grow(v, &cap, n + 1, sizeof(Span));
        v[n].s = text + start;
        v[n].n = i + 1 - start;
        n++;
        start = i + 1;
    }
    *count = n;
    return v;
}

/* Split t at runs of blanks into at most max tokens. Returns how many
 * tokens t holds, or max + 1 when it holds more than max. */
static int tokenize(Span t, Span *tok, int max) {
    int n = 0;
    size_t i = 0, j;

    while (i < t.n) {
        while (i < t.n && (t.s[i] == ' ' || t.s[i] == '\t')) i++;
        if (i == t.n) break;
        for (j = i; j < t.n && t.s[j] != ' ' && t.s[j] != '\t'; j++) {}
        if (n == max) return max + 1;
        tok[n].s = t.s + i;
        tok[n].n = j - i;
        n++;
        i = j;
    }
    return n;
}

/* =============================== Errors =============================== */

/* Print "toybook: where:line: message" on stderr and return -1, so that a
 * caller can report and give up in one statement: return fail(...).
 * A line of 0 leaves the line number out; a NULL path leaves both out. */
static int fail(const char *path, size_t line, const char *fmt, ...) {
    va_list ap;

    fputs("toybook: ", stderr);
    if (path && line) fprintf(stderr, "%s:%zu: ", path, line);
    else if (path) fprintf(stderr, "%s: ", path);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return -1;
}

/* ============================ Files on disk ============================ */

/* Join two path parts with one slash. */
static char *path_join(const char *a, const char *b) {
    Buf p = {0};
    buf_adds(&p, a);
    if (p.len && p.b[p.len - 1] != '/') buf_add(&p, "/", 1);
    buf_adds(&p, b);
    buf_add(&p, "", 1);
    return p.b;
}

/* Read a whole file into *out (NUL-terminated for convenience; *len does
 * not count the NUL). Returns 0, or -1 with errno set. */
static int read_file(const char *path, char **out, size_t *len) {
    FILE *fp = fopen(path, "rb");
    Buf b = {0};
    char chunk[65536];
    size_t n;

    if (fp == NULL) return -1;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) buf_add(&b, chunk, n);
    if (ferror(fp)) {
        int e = errno;
        fclose(fp);
        free(b.b);
        errno = e;
        return -1;
    }
    fclose(fp);
    buf_add(&b, "", 1);
    *out = b.b;
    *len = b.len - 1;
    return 0;
}

/* Does a file or directory exist at path? */
static int exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0;
}

/* Create every missing directory on the way to the file at path. */
static int make_parents(const char *path) {
    char *p = xstrdup(path);
    int rc = 0;

    for (char *s = p + 1; *s; s++) {
        if (*s != '/') continue;
        *s = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            rc = fail(p, 0, "cannot create directory: %s", strerror(errno));
            break;
        }
        *s = '/';
    }
    free(p);
    return rc;
}

/* Write data to path (replacing what was there) and give it the executable
 * bits where it has read bits if exec is set, or take them away if not. */
static int write_file(const char *path, const char *data, size_t len, int exec) {
    FILE *fp;
    struct stat st;
    mode_t mode;

    if (make_parents(path) != 0) return -1;
    fp = fopen(path, "wb");
    if (fp == NULL) return fail(path, 0, "cannot write: %s", strerror(errno));
    if (fwrite(data, 1, len, fp) != len || fclose(fp) != 0)
        return fail(path, 0, "cannot write: %s", strerror(errno));
    if (stat(path, &st) != 0) return fail(path, 0, "%s", strerror(errno));
    mode = st.st_mode & 07777;
    mode = exec ? mode | ((mode & 0444) >> 2) : mode & ~(mode_t)0111;
    if (mode != (st.st_mode & 07777) && chmod(path, mode) != 0)
        return fail(path, 0, "cannot chmod: %s", strerror(errno));
    return 0;
}

/* Collect the regular files below root/rel into files, as paths relative
 * to root, skipping dot-files and build/ directories. If dirs is not NULL,
 * each directory below root goes into it after everything it contains. */
static int walk(const char *root, const char *rel, StrList *files, StrList *dirs) {
    char *dir = rel[0] ? path_join(root, rel) : xstrdup(root);
    DIR *d = opendir(dir);
    StrList names = {0};
    struct dirent *e;
    int rc = 0;

    if (d == NULL) {
        rc = fail(dir, 0, "cannot read directory: %s", strerror(errno));
        free(dir);
        return rc;
    }
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.') sl_push(&names, xstrdup(e->d_name));
    closedir(d);
    qsort(names.v, names.n, sizeof(char *), cmp_str);

    for (size_t i = 0; i < names.n && rc == 0; i++) {
        char *child = rel[0] ? path_join(rel, names.v[i]) : xstrdup(names.v[i]);
        char *full = path_join(root, child);
        struct stat st;

        if (lstat(full, &st) != 0) {
            rc = fail(full, 0, "%s", strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            if (strcmp(names.v[i], "build") != 0) rc = walk(root, child, files, dirs);
        } else if (S_ISREG(st.st_mode)) {
            sl_push(files, child);
            child = NULL;
        }
        free(child);
        free(full);
    }
    if (dirs && rel[0] && rc == 0) sl_push(dirs, xstrdup(rel));
    sl_free(&names);
    free(dir);
    return rc;
}

/* ============================== Chapters ============================== */

static char **chap;             /* chapter names in book order */
static int nchap;               /* how many chapters */
static const char *chap_list;   /* the file they came from */

/* The index of the chapter named t, or -1 if there is none. */
static int chapter_index(Span t) {
    for (int i = 0; i < nchap; i++)
        if (span_eq(t, chap[i])) return i;
    return -1;
}

/* Is t a well-formed chapter name: two digits, a dash, then a slug of
 * lower-case letters, digits and dashes? */
static int good_chapter_name(Span t) {
    if (t.n < 4 || !isdigit((unsigned char)t.s[0]) ||
        !isdigit((unsigned char)t.s[1]) || t.s[2] != '-')
        return 0;
    for (size_t i = 3; i < t.n; i++)
        if (!islower((unsigned char)t.s[i]) && !isdigit((unsigned char)t.s[i]) && t.s[i] != '-')
            return 0;
    return 1;
}

/* Read the chapter list: the first word of each line that is not blank or
 * a # comment. */
static int load_chapters(const char *path) {
    char *text;
    size_t len, n, cap = 0;
    Span *lines;
    int rc = 0;

    chap_list = path;
    if (read_file(path, &text, &len) != 0)
        return fail(path, 0, "cannot read the chapter list: %s", strerror(errno));
    lines = split_lines(text, len, &n);
    for (size_t i = 0; i < n && rc == 0; i++) {
        Span t = trim(lines[i]), tok[1] = {t};

        if (t.n == 0 || t.s[0] == '#') continue;
        tokenize(t, tok, 1);
        if (!good_chapter_name(tok[0]))
            rc = fail(path, i + 1, "bad chapter name '%.*s' (want NN-slug)", (int)tok[0].n, tok[0].s);
        else if (chapter_index(tok[0]) >= 0)
            rc = fail(path, i + 1, "chapter '%.*s' is listed twice", (int)tok[0].n, tok[0].s);
        else {
            chap = grow(chap, &cap, (size_t)nchap + 1, sizeof(char *));
            chap[nchap++] = xstrndup(tok[0].s, tok[0].n);
        }
    }
    if (rc == 0 && nchap == 0) rc = fail(path, 0, "no chapters listed");
    free(lines);
    free(text);
    return rc;
}

/* =========================== The source model =========================== */

/* How toybook treats a file, by its name. */
enum {
    KIND_VERBATIM,  /* no markers: copied whole to every chapter */
    KIND_SLASH,     /* C, C++ and JS: markers start with // (and slash-star) */
    KIND_HASH       /* Makefiles and shell scripts: markers start with # */
};

/* One line of a source file, with the chapters it exists in. */
typedef struct {
    const char *s;  /* its bytes, newline included */
    size_t n;
    int marker;     /* a marker line: never emitted */
    int from;       /* it exists in chapters from <= c < until, */
    int until;      /* as far as the blocks around it say */
} Line;

/* One file below the source root. */
typedef struct {
    char *rel;      /* path below the source root, e.g. "js/boot.js" */
    char *shown;    /* path used in messages, e.g. "src/js/boot.js" */
    char *dest;     /* path inside a chapter: rel, without "retired/" */
    int retired;    /* below retired/: code that a later chapter retires */
    int splice;     /* a retired file of blocks for the live file at dest */
    int exec;       /* executable, and so in every chapter */
    int kind;       /* KIND_* */
    char *text;     /* whole contents */
    size_t len;
    Line *lines;    /* (not for verbatim files) */
    size_t nlines;
    int from;       /* the file exists in chapters from <= c < until */
    int until;
} SrcFile;

/* A named block of code: an add block or a retired block. */
typedef struct {
    char *name;     /* unique, except "omit" */
    int chapter;    /* the chapter that adds it */
    size_t file;    /* index into files[] of the file it is emitted from */
    size_t open;    /* line numbers of its opening and closing markers */
    size_t close;   /*   there (a retired block is spliced into its file) */
    size_t src_file;  /* where it is written in src/, for messages */
    size_t src_open;
    size_t src_close;
    int replaced;   /* a retired block, which lives until chapter `until`, */
    int until;      /* when snippet `by` takes its place */
    char *by;
} Snippet;

static SrcFile *files;          /* every file below the source root, by rel */
static size_t nfiles;
static Snippet *snips;          /* every snippet, in file and line order */
static size_t nsnips, capsnips;

/* Say what kind of file rel is by its name. */
static int file_kind(const char *rel) {
    const char *base = strrchr(rel, '/'), *ext;
    static const char *slash[] = {".c", ".cc", ".h", ".js", ".mjs"};
    static const char *hash[] = {".mk", ".sh"};

    base = base ? base + 1 : rel;
    if (!strcmp(base, "Makefile") || !strcmp(base, "makefile") || !strcmp(base, "GNUmakefile"))
        return KIND_HASH;
    ext = strrchr(base, '.');
    if (ext == NULL) return KIND_VERBATIM;
    for (size_t i = 0; i < sizeof slash / sizeof *slash; i++)
        if (!strcmp(ext, slash[i])) return KIND_SLASH;
    for (size_t i = 0; i < sizeof hash / sizeof *hash; i++)
        if (!strcmp(ext, hash[i])) return KIND_HASH;
    return KIND_VERBATIM;
}

/* The comment leader a kind of file writes its markers with. */
static const char *leader(int kind) {
    return kind == KIND_HASH ? "#" : "//";
}

/* The snippet named t (omit blocks never match), or -1. */
static long find_snippet(Span t) {
    if (span_eq(t, "omit")) return -1;
    for (size_t i = 0; i < nsnips; i++)
        if (span_eq(t, snips[i].name)) return (long)i;
    return -1;
}

/* Is the file part of chapter c? */
static int file_in(const SrcFile *f, int c) {
    return f->from <= c && c < f->until;
}

/* Does some file of src/ write the path dest (inside a chapter) in
 * chapter c? */
static int dest_in(const char *dest, int c) {
    for (size_t i = 0; i < nfiles; i++)
        if (file_in(&files[i], c) && !strcmp(files[i].dest, dest)) return 1;
    return 0;
}

/* Is the line part of chapter c (given that its file is)? */
static int line_in(const Line *l, int c) {
    return !l->marker && l->from <= c && c < l->until;
}

/* ============================ Marker parsing ============================ */

/* The kinds of marker line. */
typedef enum { M_NONE, M_FILE, M_ADD, M_END, M_OLD } Marker;

/* What a file's parser keeps while it reads the file top to bottom. */
typedef struct {
    SrcFile *f;
    size_t fi;          /* index of f in files[] */
    size_t *stack;      /* the open add blocks, as indices into snips[] */
    size_t depth, cap;
    long replaced;      /* the open retired block, or -1 */
    int file_marker;    /* seen the file marker */
    int seen_code;      /* seen a line that is not blank or a comment */
} Parser;

/* Which marker the trimmed line t of a file of kind k is, if any; *rest
 * gets what follows the marker's leader. Any line that looks like a marker
 * counts as one and must then parse. */
static Marker marker_kind(int k, Span t, Span *rest) {
    const char *l = leader(k);
    size_t ln = strlen(l);

    if (k == KIND_VERBATIM) return M_NONE;
    if (span_starts(t, l) && t.n > ln) {
        *rest = span_skip(t, ln + 1);
        switch (t.s[ln]) {
        case '@': return M_FILE;
        case '>': return M_ADD;
        case '<': return M_END;
        }
    }
    /* The old form of retired code, a block in a C comment opened by
     * "slash-star NN-chapter", is refused: it would stay in every chapter. */
    if (k == KIND_SLASH && span_starts(t, "/*")) {
        Span r = ltrim(span_skip(t, 2));
        if (r.n >= 3 && isdigit((unsigned char)r.s[0]) && isdigit((unsigned char)r.s[1]) &&
            r.s[2] == '-') {
            *rest = r;
            return M_OLD;
        }
    }
    return M_NONE;
}

/* Is the trimmed line t a comment (so a file marker may still follow)? */
static int is_comment(int k, Span t) {
    if (k == KIND_HASH) return span_starts(t, "#");
    return span_starts(t, "//") || span_starts(t, "/*") || span_starts(t, "*");
}

/* Is t a snippet name: lower-case letters, digits and dashes? */
static int good_name(Span t) {
    if (t.n == 0) return 0;
    for (size_t i = 0; i < t.n; i++)
        if (!islower((unsigned char)t.s[i]) && !isdigit((unsigned char)t.s[i]) && t.s[i] != '-')
            return 0;
    return 1;
}

/* Look up the chapter named t for the marker at line ln. Returns its index,
 * or -1 after reporting it unknown. */
static int marker_chapter(Parser *p, size_t ln, Span t) {
    int c = chapter_index(t);
    if (c < 0)
        fail(p->f->shown, ln, "unknown chapter '%.*s' (not in %s)", (int)t.n, t.s, chap_list);
    return c;
}

/* Check a snippet name at line ln. Returns 0, or -1 after reporting it. */
static int marker_name(Parser *p, size_t ln, Span t) {
    if (good_name(t)) return 0;
    return fail(p->f->shown, ln, "bad snippet name '%.*s' (use a-z, 0-9 and '-')", (int)t.n, t.s);
}

/* Record a new snippet opened at line ln and return its index. */
static size_t new_snippet(Parser *p, Span name, int chapter, size_t ln) {
    Snippet *s;

    snips = grow(snips, &capsnips, nsnips + 1, sizeof(Snippet));
    s = &snips[nsnips];
    memset(s, 0, sizeof *s);
    s->name = xstrndup(name.s, name.n);
    s->chapter = chapter;
    s->file = s->src_file = p->fi;
    s->open = s->src_open = ln;
    return nsnips++;
}

/* A block of chapter c opens at line ln: it must not belong to an earlier
 * chapter than the block around it. */
static int check_order(Parser *p, size_t ln, int c) {
    Snippet *top;

    if (p->depth == 0) return 0;
    top = &snips[p->stack[p->depth - 1]];
    if (c >= top->chapter) return 0;
    return fail(p->f->shown, ln,
                "misordered marker: chapter %s inside block '%s' of a later chapter %s (line %zu)",
                chap[c], top->name, chap[top->chapter], top->open);
}

/* The file marker "//@ CH" or "//@ CH < CH2", whose text after the leader
 * is rest, at line ln. */
static int parse_file_marker(Parser *p, size_t ln, Span rest) {
    Span tok[3];
    int n = tokenize(rest, tok, 3), from, until;
    const char *l = leader(p->f->kind);

    if ((n != 1 && n != 3) || (n == 3 && !span_eq(tok[1], "<")))
        return fail(p->f->shown, ln, "bad marker: want '%s@ CH' or '%s@ CH < CH2'", l, l);
    if (p->file_marker) return fail(p->f->shown, ln, "bad marker: a second file marker");
    if (p->depth) return fail(p->f->shown, ln, "bad marker: file marker inside a block");
    if (p->seen_code)
        return fail(p->f->shown, ln, "bad marker: file marker after the first line of code");
    if ((from = marker_chapter(p, ln, tok[0])) < 0) return -1;
    until = nchap;
    if (n == 3 && (until = marker_chapter(p, ln, tok[2])) < 0) return -1;
    if (from >= until)
        return fail(p->f->shown, ln, "misordered marker: %s must come before %s", chap[from], chap[until]);
    if (n == 3 && !p->f->retired)
        return fail(p->f->shown, ln, "a file that %s retires belongs in retired/ (retired/%s)",
                    chap[until], p->f->rel);
    if (n == 1 && p->f->retired)
        return fail(p->f->shown, ln, "a file in retired/ says when it retires: '%s@ CH < CH2'", l);
    p->file_marker = 1;
    p->f->from = from;
    p->f->until = until;
    return 0;
}

static int parse_retired(Parser *p, size_t ln, Span *tok);

/* The opening "//> CH NAME" of an add block at line ln, or of a retired
 * block, "//> CH NAME < CH2 NAME2". */
static int parse_add(Parser *p, size_t ln, Span rest) {
    Span tok[5];
    int c, n = tokenize(rest, tok, 5);

    if (n == 5 && span_eq(tok[2], "<")) return parse_retired(p, ln, tok);
    if (n != 2)
        return fail(p->f->shown, ln, "bad marker: want '%s> CH NAME' or '%s> CH NAME < CH2 NAME2'",
                    leader(p->f->kind), leader(p->f->kind));
    if (p->f->splice)
        return fail(p->f->shown, ln, "bad marker: a file of retired blocks holds only retired blocks ('%s> CH NAME < CH2 NAME2')",
                    leader(p->f->kind));
    if ((c = marker_chapter(p, ln, tok[0])) < 0) return -1;
    if (marker_name(p, ln, tok[1]) != 0 || check_order(p, ln, c) != 0) return -1;
    p->stack = grow(p->stack, &p->cap, p->depth + 1, sizeof(size_t));
    p->stack[p->depth++] = new_snippet(p, tok[1], c, ln);
    return 0;
}

/* The closing "//< CH NAME" of an add block at line ln: it must name the
 * innermost open block exactly. */
static int parse_end(Parser *p, size_t ln, Span rest) {
    Span tok[2];
    Snippet *top;
    const char *l = leader(p->f->kind);

    if (tokenize(rest, tok, 2) != 2) return fail(p->f->shown, ln, "bad marker: want '%s< CH NAME'", l);
    if (marker_chapter(p, ln, tok[0]) < 0) return -1;
    if (p->depth == 0)
        return fail(p->f->shown, ln, "stray end marker: '%s< %.*s %.*s' closes no open block", l,
                    (int)tok[0].n, tok[0].s, (int)tok[1].n, tok[1].s);
    top = &snips[p->stack[p->depth - 1]];
    if (!span_eq(tok[0], chap[top->chapter]) || !span_eq(tok[1], top->name))
        return fail(p->f->shown, ln, "mismatched end marker: '%s< %.*s %.*s' but the open block is '%s> %s %s' (line %zu)",
                    l, (int)tok[0].n, tok[0].s, (int)tok[1].n, tok[1].s, l,
                    chap[top->chapter], top->name, top->open);
    top->close = top->src_close = ln;
    p->depth--;
    return 0;
}

/* The opening of a retired block, "//> CH NAME < CH2 NAME2", at line ln
 * (tok holds its five words). Its lines belong to chapters CH up to CH2,
 * where snippet NAME2 takes their place; they are spliced into the live
 * file just before NAME2. Only a file of retired blocks holds them. */
static int parse_retired(Parser *p, size_t ln, Span *tok) {
    int from, until;
    Snippet *s;

    if (!p->f->splice)
        return fail(p->f->shown, ln, "a retired block belongs in retired/%s, not in a file the last chapter builds",
                    p->f->rel);
    if ((from = marker_chapter(p, ln, tok[0])) < 0 || (until = marker_chapter(p, ln, tok[3])) < 0)
        return -1;
    if (marker_name(p, ln, tok[1]) != 0 || marker_name(p, ln, tok[4]) != 0) return -1;
    if (from >= until)
        return fail(p->f->shown, ln, "misordered marker: retired block '%.*s' of %s must be replaced in a later chapter, not %s",
                    (int)tok[1].n, tok[1].s, chap[from], chap[until]);
    p->replaced = (long)new_snippet(p, tok[1], from, ln);
    s = &snips[p->replaced];
    s->replaced = 1;
    s->until = until;
    s->by = xstrndup(tok[4].s, tok[4].n);
    return 0;
}

/* A line inside an open retired block: its end marker, which must name
 * it, or code that holds no markers. */
static int replaced_line(Parser *p, Line *line, Span raw, size_t ln) {
    Snippet *r = &snips[p->replaced];
    Span t = trim(raw), rest, tok[3];
    const char *l = leader(p->f->kind);

    line->from = r->chapter;
    line->until = r->until;
    if (marker_kind(p->f->kind, t, &rest) == M_END) {
        if (tokenize(rest, tok, 3) != 2 || !span_eq(tok[0], chap[r->chapter]) ||
            !span_eq(tok[1], r->name))
            return fail(p->f->shown, ln, "mismatched end marker: the open block is retired block '%s' (line %zu); want '%s< %s %s'",
                        r->name, r->open, l, chap[r->chapter], r->name);
        r->close = r->src_close = ln;
        line->marker = 1;
        p->replaced = -1;
        return 0;
    }
    if (marker_kind(p->f->kind, t, &rest) != M_NONE)
        return fail(p->f->shown, ln, "bad marker: markers cannot nest inside retired block '%s' (line %zu)", r->name, r->open);
    return 0;
}

/* Every block must fall inside the chapters its file exists in. */
static int check_file_range(Parser *p, size_t first) {
    SrcFile *f = p->f;

    if (f->splice) return 0;  /* checked against the live file when spliced */
    for (size_t i = first; i < nsnips; i++) {
        Snippet *s = &snips[i];
        if (s->chapter < f->from)
            return fail(f->shown, s->open, "misordered marker: block '%s' of %s in a file that starts in %s",
                        s->name, chap[s->chapter], chap[f->from]);
        if (s->chapter >= f->until)
            return fail(f->shown, s->open, "misordered marker: block '%s' of %s in a file that ends before %s",
                        s->name, chap[s->chapter], chap[f->until]);
    }
    return 0;
}

/* Read one line of a file: note its marker, if it is one, and which
 * chapters it exists in. */
static int parse_line(Parser *p, Line *line, Span raw, size_t ln) {
    Span t = trim(raw), rest;
    Marker m;

    line->s = raw.s;
    line->n = raw.n;
    line->from = p->depth ? snips[p->stack[p->depth - 1]].chapter : 0;
    line->until = nchap;
    if (p->replaced >= 0) return replaced_line(p, line, raw, ln);
    m = marker_kind(p->f->kind, t, &rest);
    if (m == M_NONE) {
        if (t.n && !is_comment(p->f->kind, t)) p->seen_code = 1;
        if (t.n && !is_comment(p->f->kind, t) && p->f->splice)
            return fail(p->f->shown, ln, "code outside a retired block (a file of retired blocks holds nothing else)");
        return 0;
    }
    line->marker = 1;
    switch (m) {
    case M_FILE: return parse_file_marker(p, ln, rest);
    case M_ADD: return parse_add(p, ln, rest);
    case M_END: return parse_end(p, ln, rest);
    case M_OLD:
        return fail(p->f->shown, ln, "code a later chapter replaces goes in a retired block in "
                    "retired/%s ('%s> CH NAME < CH2 NAME2'), not in a comment", p->f->dest,
                    leader(p->f->kind));
    default: return 0;
    }
}

/* Read the markers of the file files[fi], top to bottom. */
static int parse_file(size_t fi) {
    Parser p = {0};
    Span *raw;
    size_t first = nsnips;
    int rc = 0;

    p.f = &files[fi];
    p.fi = fi;
    p.replaced = -1;
    raw = split_lines(p.f->text, p.f->len, &p.f->nlines);
    p.f->lines = xrealloc(NULL, (p.f->nlines ? p.f->nlines : 1) * sizeof(Line));
    memset(p.f->lines, 0, (p.f->nlines ? p.f->nlines : 1) * sizeof(Line));
    for (size_t i = 0; i < p.f->nlines && rc == 0; i++)
        rc = parse_line(&p, &p.f->lines[i], raw[i], i + 1);
    if (rc == 0 && p.replaced >= 0)
        rc = fail(p.f->shown, snips[p.replaced].open, "unclosed block: retired block '%s' is never closed",
                  snips[p.replaced].name);
    if (rc == 0 && p.depth)
        rc = fail(p.f->shown, snips[p.stack[p.depth - 1]].open, "unclosed block: '%s' is never closed",
                  snips[p.stack[p.depth - 1]].name);
    if (rc == 0) rc = check_file_range(&p, first);
    free(p.stack);
    free(raw);
    return rc;
}

/* Snippet names are unique across the source, except omit. */
static int check_unique(void) {
    int rc = 0;

    for (size_t i = 0; i < nsnips; i++) {
        if (!strcmp(snips[i].name, "omit")) continue;
        for (size_t j = 0; j < i; j++) {
            if (strcmp(snips[i].name, snips[j].name) != 0) continue;
            rc = fail(files[snips[i].src_file].shown, snips[i].src_open, "duplicate snippet name '%s' (also at %s:%zu)",
                      snips[i].name, files[snips[j].src_file].shown, snips[j].src_open);
            break;
        }
    }
    return rc;
}

/* The live file (one the last chapter may build: not below retired/)
 * whose path below the source root is dest, or -1. */
static long live_file(const char *dest) {
    for (size_t i = 0; i < nfiles; i++)
        if (!files[i].retired && !strcmp(files[i].rel, dest)) return (long)i;
    return -1;
}

/* Check the retired block r against the live file it is spliced into: its
 * replacement must exist there, in the chapter the block names, and the
 * place it goes must exist in the block's own chapters. Returns the index
 * of the replacing snippet, or -1 after a message. */
static long check_retired(const Snippet *r, long live) {
    const char *where = files[r->src_file].shown;
    long by = -1, elsewhere = -1;

    for (size_t j = 0; j < nsnips; j++) {
        if (snips[j].replaced || strcmp(snips[j].name, r->by) != 0) continue;
        if (snips[j].chapter == r->until && (long)snips[j].file == live) by = (long)j;
        else elsewhere = (long)j;
    }
    if (live < 0) {
        fail(where, r->src_open, "retired block '%s' has no live file %s to go in", r->name,
             files[r->src_file].dest);
        return -1;
    }
    if (by < 0 && elsewhere >= 0) {
        fail(where, r->src_open, "replacement '%s' of '%s' is in %s (%s), not %s (%s)", r->by, r->name,
             chap[snips[elsewhere].chapter], files[snips[elsewhere].file].shown, chap[r->until],
             files[live].shown);
        return -1;
    }
    if (by < 0) {
        fail(where, r->src_open, "replacement '%s' of '%s' does not exist", r->by, r->name);
        return -1;
    }
    if (!file_in(&files[live], r->chapter) ||
        files[live].lines[snips[by].open - 1].from > r->chapter) {
        fail(where, r->src_open, "retired block '%s' of %s goes where %s has no code yet (before '%s')",
             r->name, chap[r->chapter], chap[r->chapter], r->by);
        return -1;
    }
    return by;
}

/* Splice every retired block into its live file, just before the marker
 * of the snippet that replaces it, so that it is emitted there in its own
 * chapters. Snippet positions in the live file move down accordingly. */
static int splice_retired(void) {
    int rc = 0;

    for (size_t fi = 0; fi < nfiles; fi++) {
        SrcFile *f = &files[fi];
        size_t *at = NULL, nat = 0, capat = 0, extra = 0;
        long live = -1;

        if (!f->splice) continue;
        live = live_file(f->dest);
        for (size_t i = 0; i < nsnips; i++) {
            long by;
            if (snips[i].src_file != fi || !snips[i].replaced) continue;
            if ((by = check_retired(&snips[i], live)) < 0) {
                rc = -1;
                continue;
            }
            at = grow(at, &capat, nat + 1, sizeof(size_t));
            at[nat++] = i;
            extra += snips[i].src_close - snips[i].src_open + 1;
        }
        if (nat && rc == 0) {
            SrcFile *lf = &files[live];
            Line *merged = xrealloc(NULL, (lf->nlines + extra) * sizeof(Line));
            size_t *moved = xrealloc(NULL, (lf->nlines + 1) * sizeof(size_t)), n = 0;

            for (size_t k = 0; k <= lf->nlines; k++) {
                for (size_t a = 0; a < nat; a++) {
                    Snippet *r = &snips[at[a]];
                    long by = find_snippet((Span){r->by, strlen(r->by)});
                    if (by < 0 || snips[by].open - 1 != k) continue;
                    r->file = (size_t)live;
                    r->open = n + 1;
                    for (size_t j = r->src_open - 1; j < r->src_close; j++) merged[n++] = f->lines[j];
                    r->close = n;
                }
                moved[k] = n + 1;  /* 1-based position of old line k + 1 */
                if (k < lf->nlines) merged[n++] = lf->lines[k];
            }
            for (size_t i = 0; i < nsnips; i++) {
                if (snips[i].file != (size_t)live || snips[i].replaced) continue;
                snips[i].open = moved[snips[i].open - 1];
                snips[i].close = moved[snips[i].close - 1];
            }
            free(lf->lines);
            lf->lines = merged;
            lf->nlines = n;
            free(moved);
        }
        free(at);
    }
    return rc;
}

/* Two files may not be written to the same place in one chapter (a
 * retired file and the live file that follows it must not overlap). */
static int check_dests(void) {
    for (size_t i = 0; i < nfiles; i++) {
        for (size_t j = 0; j < i; j++) {
            SrcFile *a = &files[i], *b = &files[j];
            if (a->splice || b->splice || strcmp(a->dest, b->dest) != 0) continue;
            if (a->from < b->until && b->from < a->until)
                return fail(a->shown, 0, "written to %s in the same chapters as %s", a->dest, b->shown);
        }
    }
    return 0;
}

/* qsort comparator for files, by path below the source root. */
static int cmp_file(const void *a, const void *b) {
    return strcmp(((const SrcFile *)a)->rel, ((const SrcFile *)b)->rel);
}

/* Does the file have a file marker line? */
static int has_file_marker(const SrcFile *f) {
    size_t n;
    Span *lines = split_lines(f->text, f->len, &n), rest;
    int found = 0;

    for (size_t i = 0; i < n && !found; i++)
        found = marker_kind(f->kind, trim(lines[i]), &rest) == M_FILE;
    free(lines);
    return found;
}

/* Read every file below the source root and parse its markers. Reports
 * the first problem in each file, then the problems between files. */
static int load_sources(const char *root) {
    StrList rels = {0};
    int rc = 0;

    if (walk(root, "", &rels, NULL) != 0) return -1;
    files = xrealloc(NULL, (rels.n ? rels.n : 1) * sizeof(SrcFile));
    for (size_t i = 0; i < rels.n; i++) {
        SrcFile *f = &files[nfiles];
        struct stat st;

        memset(f, 0, sizeof *f);
        f->rel = xstrdup(rels.v[i]);
        f->shown = path_join(root, f->rel);
        f->kind = file_kind(f->rel);
        f->retired = !strncmp(f->rel, "retired/", 8);
        f->dest = xstrdup(f->retired ? f->rel + 8 : f->rel);
        f->until = nchap;
        if (stat(f->shown, &st) != 0 || read_file(f->shown, &f->text, &f->len) != 0) {
            rc = fail(f->shown, 0, "cannot read: %s", strerror(errno));
            continue;
        }
        f->exec = (st.st_mode & 0100) != 0;
        /* A retired file with a file marker is a whole file an earlier
         * chapter has; one without holds blocks for the live file. */
        if (f->retired && f->kind != KIND_VERBATIM && !has_file_marker(f)) {
            f->splice = 1;
            f->from = f->until = 0;
        }
        nfiles++;
    }
    sl_free(&rels);
    if (rc != 0) return rc;
    qsort(files, nfiles, sizeof(SrcFile), cmp_file);
    for (size_t i = 0; i < nfiles; i++)
        if (files[i].kind != KIND_VERBATIM && parse_file(i) != 0) rc = -1;
    if (rc == 0 && (check_unique() != 0 || check_dests() != 0 || splice_retired() != 0)) rc = -1;
    return rc;
}

/* ========================= Writing the chapters ========================= */

/* Is the line blank (nothing but white space)? */
static int line_blank(const Line *l) {
    for (size_t i = 0; i < l->n; i++)
        if (!isspace((unsigned char)l->s[i])) return 0;
    return 1;
}

/* Appends lines [from, to) of f as they stand in chapter c. Where lines
 * were left out (markers, other chapters' blocks) between two blank
 * lines, only the first blank line is kept, so a chapter never shows the
 * empty gap a removed block leaves; a blank line left at the end by a
 * removed block goes too. Everywhere else lines are copied byte for byte. */
static void emit_lines(const SrcFile *f, size_t from, size_t to, int c, Buf *out) {
    int last_blank = 1, dropped = 0;

    for (size_t i = from; i < to; i++) {
        const Line *l = &f->lines[i];
        if (!line_in(l, c)) {
            dropped = 1;
            continue;
        }
        if (line_blank(l) && last_blank && dropped) continue;
        buf_add(out, l->s, l->n);
        last_blank = line_blank(l);
        dropped = 0;
    }
    if (dropped && out->len >= 2 && out->b[out->len - 1] == '\n' && out->b[out->len - 2] == '\n')
        out->len--;
}

/* The text of file f as it stands in chapter c. */
static void render_file(const SrcFile *f, int c, Buf *out) {
    out->len = 0;
    if (f->kind == KIND_VERBATIM) {
        buf_add(out, f->text, f->len);
        return;
    }
    emit_lines(f, 0, f->nlines, c, out);
}

/* How a file on disk compares with what it should hold. */
enum { SAME, DIFFERS, MISSING, MODE_DIFFERS };

/* Compare the file at path with the bytes want and executable bit exec. */
static int compare_file(const char *path, const Buf *want, int exec) {
    struct stat st;
    char *have;
    size_t len;
    int same;

    if (stat(path, &st) != 0) return MISSING;
    if (!S_ISREG(st.st_mode) || read_file(path, &have, &len) != 0) return DIFFERS;
    same = len == want->len && (len == 0 || memcmp(have, want->b, len) == 0);
    free(have);
    if (!same) return DIFFERS;
    return ((st.st_mode & 0100) != 0) == (exec != 0) ? SAME : MODE_DIFFERS;
}

/* What the chapters command does and counts. */
typedef struct {
    int check;          /* only compare, write nothing */
    size_t files;       /* files generated, over every chapter */
    size_t written;     /* files written */
    size_t deleted;     /* stale files deleted */
    size_t stale;       /* files that differ, are missing or extra (check) */
} ChapterRun;

/* Bring the files of chapter c in dir up to date with src (or, when
 * checking, report each that is not). */
static int sync_chapter(ChapterRun *run, int c, const char *dir) {
    static const char *what[] = {"", "differs from src", "missing", "executable bit differs from src"};
    Buf b = {0};
    int rc = 0;

    for (size_t i = 0; i < nfiles; i++) {
        SrcFile *f = &files[i];
        char *target;
        int st;

        if (!file_in(f, c)) continue;
        run->files++;
        render_file(f, c, &b);
        target = path_join(dir, f->dest);
        st = compare_file(target, &b, f->exec);
        if (st != SAME && run->check) {
            fail(target, 0, "%s", what[st]);
            run->stale++;
        } else if (st != SAME) {
            if (write_file(target, b.b ? b.b : "", b.len, f->exec) != 0) rc = -1;
            else run->written++;
        }
        free(target);
    }
    free(b.b);
    return rc;
}

/* Delete the files in dir (chapter c) that src no longer generates, and the
 * directories that leaves empty; build/ directories and dot-files stay.
 * When checking, report each such file instead. */
static int prune_chapter(ChapterRun *run, int c, const char *dir) {
    StrList found = {0}, dirs = {0};
    int rc = 0;

    if (!exists(dir)) return 0;
    if (walk(dir, "", &found, &dirs) != 0) return -1;
    for (size_t i = 0; i < found.n; i++) {
        char *path;

        if (dest_in(found.v[i], c)) continue;
        path = path_join(dir, found.v[i]);
        if (run->check) {
            fail(path, 0, "extra (src does not generate it)");
            run->stale++;
        } else if (unlink(path) != 0) {
            rc = fail(path, 0, "cannot delete: %s", strerror(errno));
        } else {
            run->deleted++;
        }
        free(path);
    }
    for (size_t i = 0; i < dirs.n && !run->check; i++) {
        char *path = path_join(dir, dirs.v[i]);
        rmdir(path); /* fails, as it should, unless the directory is empty */
        free(path);
    }
    sl_free(&found);
    sl_free(&dirs);
    return rc;
}

/* ====================== Where an excerpt goes ====================== */

/* An excerpt's heading names the file and also the place in it: the
 * top-level definition the code goes in (a function, a struct, a class,
 * an array), or, for code that is itself at the top level, the definition
 * it goes after (or, at the start of a file, before). The place is read
 * from the file as it stands in the snippet's chapter by a small scanner
 * that knows C, C++ and JavaScript well enough to count braces: it skips
 * comments, strings, characters, template literals and regular
 * expressions, and keeps the tokens of the current top-level statement
 * (its head) to name it. A wrapper that is not a definition (a JS file's
 * `((core) => { ... })(...)`, a C++ namespace, `extern "C" { ... }`) is
 * see-through: what is directly inside it counts as top level. */

#define PLACE_TOKENS 2048
#define PLACE_DEPTH 256

/* A brace that is open. */
typedef struct {
    char *name;         /* the definition it opens, or NULL */
    int def;            /* it opens a top-level statement's body */
    int transparent;    /* a wrapper: what is inside is top level */
    int typedef_;       /* a typedef, named after its closing brace */
    int is_class;       /* a class: its methods are named too */
    int parens;         /* the parentheses open outside it */
    size_t base, ntok;  /* the head outside it, to go back to */
    char *last;         /* the last definition closed directly inside it */
} Open;

typedef struct {
    int js;
    Span toks[PLACE_TOKENS];    /* the heads of the statements open, outermost first: */
    size_t base;                /*   the innermost starts at toks[base] and */
    Span *tok;                  /*   is tok[0 .. ntok) (tok = toks + base) */
    size_t ntok;
    Open stack[PLACE_DEPTH];    /* the open braces (deeper ones are only counted) */
    size_t depth;
    size_t level;               /* open braces that are not wrappers */
    int parens;                 /* open ( and [ since the innermost brace */
    char *last;                 /* the last complete top-level definition */
    size_t defs;                /* how many times last was set */
    int typedef_pending;        /* a typedef's body closed: its name comes next */
    size_t tstack[64];          /* for each open `${` of a template, the */
    size_t ntstack;             /*   brace depth it opened at */
    int value;                  /* the last token ends a value: `/` divides */
} Scan;

static const char *const place_keywords[] = {
    "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw",
    "instanceof", "yield", "await", "if", "for", "while", "switch", "static", "const", "let",
    "var", "extern", "inline", "unsigned", "signed", "struct", "union", "enum", "class",
    "typedef", "sizeof", "export", "async", "function", "int", "char", "long", "short",
    "double", "float", "bool", "auto", "volatile", "register", "constexpr", "default",
    "try", "catch", "finally", "get", "set", "this", "super", NULL};

static int ident_char(char c) {
    return isalnum((unsigned char)c) || c == '_' || c == '$';
}

static int is_ident(Span t) {
    return t.n && ident_char(t.s[0]) && !isdigit((unsigned char)t.s[0]);
}

static int is_keyword(Span t) {
    for (size_t i = 0; place_keywords[i]; i++)
        if (span_eq(t, place_keywords[i])) return 1;
    return 0;
}

static void head_push(Scan *sc, const char *s, size_t n) {
    if (sc->base + sc->ntok == PLACE_TOKENS) return;
    sc->tok[sc->ntok].s = s;
    sc->tok[sc->ntok].n = n;
    sc->ntok++;
}

/* The name that ends at token end - 1 (exclusive end), a chain of
 * identifiers joined by `.` or `::` (a JS property, a C++ method), or NULL. */
static char *chain_before(const Span *tok, size_t end) {
    size_t from;
    Buf b = {0};
    char *name;

    if (end == 0 || !is_ident(tok[end - 1]) || is_keyword(tok[end - 1])) return NULL;
    from = end - 1;
    while (from >= 2 && (span_eq(tok[from - 1], ".") || span_eq(tok[from - 1], "::")) &&
           is_ident(tok[from - 2]))
        from -= 2;
    for (size_t i = from; i < end; i++) buf_add(&b, tok[i].s, tok[i].n);
    buf_add(&b, "", 1);
    name = xstrdup(b.b);
    free(b.b);
    return name;
}

/* The last identifier of the head that is not a keyword, or NULL. */
static char *last_ident(const Span *tok, size_t n) {
    for (size_t i = n; i > 0; i--)
        if (is_ident(tok[i - 1]) && !is_keyword(tok[i - 1]))
            return xstrndup(tok[i - 1].s, tok[i - 1].n);
    return NULL;
}

/* What the head of a top-level statement defines, or NULL when it defines
 * nothing a reader would look for (a call, a directive, a destructuring).
 * *is_typedef is set for `typedef struct { ... } Name`, named later. */
static char *head_name(const Scan *sc, int *is_typedef) {
    const Span *tok = sc->tok;
    size_t n = sc->ntok, k = 0, eq = 0, paren = 0;
    int depth = 0;

    *is_typedef = 0;
    if (n == 0) return NULL;
    if (span_eq(tok[0], "typedef")) {
        for (size_t i = 0; i + 2 < n; i++)
            if (span_eq(tok[i], "(") && span_eq(tok[i + 1], "*") && is_ident(tok[i + 2]))
                return xstrndup(tok[i + 2].s, tok[i + 2].n);
        *is_typedef = 1;
        return NULL;
    }
    /* Where the first `(` and the first `=` at the head's own level are. */
    for (size_t i = 0; i < n; i++) {
        if (span_eq(tok[i], "(") || span_eq(tok[i], "[")) {
            if (depth == 0 && !paren && span_eq(tok[i], "(")) paren = i + 1;
            depth++;
        } else if (span_eq(tok[i], ")") || span_eq(tok[i], "]")) {
            depth--;
        } else if (depth == 0 && !eq && span_eq(tok[i], "=")) {
            eq = i + 1;
        }
    }
    if (sc->js)
        for (size_t i = 0; i + 1 < n; i++) {
            if (!span_eq(tok[i], "function")) continue;
            if (span_eq(tok[i + 1], "*") && i + 2 < n) i++;
            if (is_ident(tok[i + 1])) return xstrndup(tok[i + 1].s, tok[i + 1].n);
            break;
        }
    if (sc->js && sc->level > 0) {
        /* In a class or an object: `name(...) {`, `async name(...) {`,
         * `get name() {`, `name: ... {`. */
        size_t m = 0;
        while (m + 1 < n && (span_eq(tok[m], "async") || span_eq(tok[m], "static") ||
                             span_eq(tok[m], "get") || span_eq(tok[m], "set") ||
                             span_eq(tok[m], "*")))
            m++;
        if (m + 1 < n && is_ident(tok[m]) && !is_keyword(tok[m]) &&
            ((paren == m + 2 && span_eq(tok[n - 1], ")")) || span_eq(tok[m + 1], ":")))
            return xstrndup(tok[m].s, tok[m].n);
    }
    for (size_t i = 0; i + 1 < n && !eq && !paren; i++)
        if (span_eq(tok[i], "class") && is_ident(tok[i + 1]))
            return xstrndup(tok[i + 1].s, tok[i + 1].n);
    while (k < n && (span_eq(tok[k], "static") || span_eq(tok[k], "const"))) k++;
    if (!eq && !paren && k + 1 < n &&
        (span_eq(tok[k], "struct") || span_eq(tok[k], "union") || span_eq(tok[k], "enum"))) {
        Span kw = tok[k], id = tok[k + 1];
        Buf b = {0};
        char *name;

        if (span_eq(id, "class") && k + 2 < n) id = tok[k + 2];
        if (!is_ident(id)) return NULL;
        buf_printf(&b, "%.*s %.*s", (int)kw.n, kw.s, (int)id.n, id.s);
        name = xstrdup(b.b);
        free(b.b);
        return name;
    }
    if (eq) {
        size_t end = eq - 1;
        while (end > 0 && span_eq(tok[end - 1], "]")) {   /* ops[] = ... */
            while (end > 0 && !span_eq(tok[end - 1], "[")) end--;
            if (end > 0) end--;
        }
        return chain_before(tok, end);
    }
    if (paren) {
        size_t end = paren - 1;
        char *name;

        if (sc->js) return NULL;  /* a call */
        name = chain_before(tok, end);
        if (name && end > 0 && end - 1 - (size_t)(strchr(name, ':') ? 2 : 0) == 0) {
            free(name);          /* no type before it: a macro's call */
            return NULL;
        }
        return name;
    }
    return last_ident(tok, n);
}

static void set_last(Scan *sc, char *name) {
    free(sc->last);
    sc->last = name;
    sc->defs++;
}

static void place_end_statement(Scan *sc) {
    int is_typedef;
    char *name = NULL;

    if (sc->level > 0) {
        sc->ntok = 0;
        return;
    }

    if (sc->typedef_pending) {
        name = last_ident(sc->tok, sc->ntok);
    } else if (sc->ntok) {
        name = head_name(sc, &is_typedef);
        if (is_typedef) name = last_ident(sc->tok, sc->ntok);
    }
    if (name) set_last(sc, name);
    sc->ntok = 0;
    sc->typedef_pending = 0;
}

/* Does the head open a wrapper rather than a definition? */
static int head_wrapper(const Scan *sc) {
    if (sc->ntok == 0) return 0;
    if (span_eq(sc->tok[0], "namespace") || span_eq(sc->tok[0], "extern")) return 1;
    if (sc->js && span_eq(sc->tok[0], "("))
        for (size_t i = 0; i < sc->ntok; i++)
            if (span_eq(sc->tok[i], "=>") || span_eq(sc->tok[i], "function")) return 1;
    return 0;
}

static void place_open(Scan *sc) {
    Open o = {0};

    o.parens = sc->parens;
    o.base = sc->base;
    o.ntok = sc->ntok;
    if (sc->level == 0 && head_wrapper(sc)) {
        o.transparent = 1;
    } else if (sc->parens == 0) {
        o.def = 1;
        o.name = head_name(sc, &o.typedef_);
        for (size_t i = 0; i + 1 < sc->ntok && o.name; i++)
            if (span_eq(sc->tok[i], "class")) o.is_class = 1;
    }
    /* What is inside has a head of its own, after this one. */
    sc->base += sc->ntok;
    sc->tok = sc->toks + sc->base;
    sc->ntok = 0;
    if (sc->depth < PLACE_DEPTH) sc->stack[sc->depth] = o;
    else free(o.name);
    sc->depth++;
    if (!o.transparent) sc->level++;
    sc->parens = 0;
}

static void place_close(Scan *sc) {
    Open o = {0};

    if (sc->depth == 0) return;
    sc->depth--;
    if (sc->depth < PLACE_DEPTH) o = sc->stack[sc->depth];
    sc->parens = o.parens;
    /* A brace inside parentheses (an object, a default value, a
     * function passed to a call) is part of the statement around it,
     * which goes on; after any other, a new statement starts. */
    if (sc->depth < PLACE_DEPTH) {
        sc->base = o.base;
        sc->tok = sc->toks + sc->base;
        sc->ntok = o.def || o.transparent ? 0 : o.ntok;
    } else {
        sc->ntok = 0;
    }
    free(o.last);
    if (o.transparent) return;
    if (sc->level) sc->level--;
    if (sc->level == 0 && o.def) {
        if (o.name) set_last(sc, o.name);
        else free(o.name);
        sc->typedef_pending = o.typedef_;
        return;
    }
    if (o.def && o.name && sc->depth > 0 && sc->depth <= PLACE_DEPTH) {
        Open *up = &sc->stack[sc->depth - 1];
        free(up->last);
        up->last = o.name;
        return;
    }
    free(o.name);
}

/* Index just past the string, character or regular expression that
 * opens at i with the quote q. */
static size_t skip_quoted(const char *t, size_t n, size_t i, char q) {
    int cls = 0;

    for (i++; i < n; i++) {
        if (t[i] == '\\') i++;
        else if (q == '/' && t[i] == '[') cls = 1;
        else if (q == '/' && t[i] == ']') cls = 0;
        else if (t[i] == q && !cls) return i + 1;
        else if (t[i] == '\n' && q != '`') return i + 1;
    }
    return n;
}

/* Index just past a template literal's text from i: past its closing
 * backtick, or past a `${`, which is pushed. */
static size_t skip_template(Scan *sc, const char *t, size_t n, size_t i) {
    for (; i < n; i++) {
        if (t[i] == '\\') i++;
        else if (t[i] == '`') return i + 1;
        else if (t[i] == '$' && i + 1 < n && t[i + 1] == '{') {
            if (sc->ntstack < sizeof sc->tstack / sizeof *sc->tstack)
                sc->tstack[sc->ntstack++] = sc->depth;
            return i + 2;
        }
    }
    return n;
}

/* Scan t[0..n) on from *pos up to (not past) stop, a line start. */
static void place_scan(Scan *sc, const char *t, size_t n, size_t *pos, size_t stop) {
    static const char ops[] = "=!<>+-*/%&|^~?:";
    size_t i = *pos;

    while (i < stop && i < n) {
        char c = t[i];
        size_t j;

        if (c == '\n' || c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            i++;
        } else if (c == '/' && i + 1 < n && t[i + 1] == '/') {
            while (i < n && t[i] != '\n') i++;
        } else if (c == '/' && i + 1 < n && t[i + 1] == '*') {
            for (i += 2; i < n && !(t[i] == '*' && i + 1 < n && t[i + 1] == '/'); i++) {}
            i = i + 2 < n ? i + 2 : n;
        } else if (c == '#' && !sc->js) {
            /* A preprocessor line (and its continuations); a #define
             * at the top level is a definition. */
            size_t k = i + 1;
            while (k < n && (t[k] == ' ' || t[k] == '\t')) k++;
            if (sc->level == 0 && n - k > 6 && !memcmp(t + k, "define", 6) &&
                (t[k + 6] == ' ' || t[k + 6] == '\t')) {
                for (k += 6; k < n && (t[k] == ' ' || t[k] == '\t'); k++) {}
                for (j = k; j < n && ident_char(t[j]); j++) {}
                /* (not an include guard's or a feature macro's bare #define) */
                while (j < n && (t[j] == ' ' || t[j] == '\t')) j++;
                if (j < n && t[j] != '\n' && j > k) {
                    size_t e = k;
                    while (ident_char(t[e])) e++;
                    set_last(sc, xstrndup(t + k, e - k));
                }
            }
            while (i < n && t[i] != '\n') {
                if (t[i] == '\\' && i + 1 < n && t[i + 1] == '\n') i++;
                i++;
            }
        } else if (c == '"' || c == '\'' || (c == '/' && sc->js && !sc->value)) {
            i = skip_quoted(t, n, i, c);
            head_push(sc, "\"\"", 2);
            sc->value = 1;
        } else if (c == '`' && sc->js) {
            i = skip_template(sc, t, n, i + 1);
            head_push(sc, "\"\"", 2);
            sc->value = 1;
        } else if (ident_char(c)) {
            for (j = i; j < n && ident_char(t[j]); j++) {}
            head_push(sc, t + i, j - i);
            Span w = {t + i, j - i};
            sc->value = !is_keyword(w) || span_eq(w, "this");
            i = j;
        } else if (c == '{') {
            place_open(sc);
            sc->value = 0;
            i++;
        } else if (c == '}') {
            if (sc->ntstack && sc->tstack[sc->ntstack - 1] == sc->depth) {
                sc->ntstack--;
                i = skip_template(sc, t, n, i + 1);
                sc->value = 1;
                continue;
            }
            place_close(sc);
            sc->value = 1;
            i++;
        } else if (c == ',' && sc->parens == 0 && !(sc->ntok && span_eq(sc->tok[0], "typedef"))) {
            sc->ntok = 0;   /* the next declarator, property or method */
            sc->value = 0;
            i++;
        } else if (c == ';') {
            if (sc->parens == 0) place_end_statement(sc);
            sc->value = 0;
            i++;
        } else if (strchr(ops, c)) {
            for (j = i; j < n && strchr(ops, t[j]) &&
                        !(t[j] == '/' && j + 1 < n && (t[j + 1] == '/' || t[j + 1] == '*'));
                 j++) {}
            if (j == i) j++;
            head_push(sc, t + i, j - i);
            sc->value = 0;
            i = j;
        } else {
            if (c == '(' || c == '[') sc->parens++;
            if ((c == ')' || c == ']') && sc->parens) sc->parens--;
            head_push(sc, t + i, 1);
            sc->value = c == ')' || c == ']';
            i++;
        }
    }
    *pos = i;
}

/* The place snippet s goes in its file, as the heading shows it after the
 * file's name (", in `main`", ", after `struct timer`"), or "" when the
 * scanner cannot tell. */
static void snippet_place(const Snippet *s, Buf *out) {
    const SrcFile *f = &files[s->file];
    Buf text = {0};
    size_t start = 0, end = 0, pos = 0;
    Scan *sc;

    if (f->kind != KIND_SLASH) return;
    for (size_t i = 0; i < f->nlines; i++) {
        if (i + 1 == s->open) start = text.len;
        if (i + 1 == s->close) end = text.len;
        if (line_in(&f->lines[i], s->chapter)) buf_add(&text, f->lines[i].s, f->lines[i].n);
    }
    sc = calloc(1, sizeof *sc);
    if (!sc) {
        fprintf(stderr, "toybook: out of memory\n");
        exit(2);
    }
    sc->tok = sc->toks;
    {
        const char *ext = strrchr(f->rel, '.');
        sc->js = ext && (!strcmp(ext, ".js") || !strcmp(ext, ".mjs"));
    }
    place_scan(sc, text.b, text.len, &pos, start);
    if (sc->level > 0) {
        size_t top = sc->depth < PLACE_DEPTH ? sc->depth : PLACE_DEPTH, d = 0, inner;
        Open *o = NULL;

        /* The outermost definition it is in (past wrappers and unnamed
         * braces, such as an object literal passed to a call). */
        for (; d < top; d++) {
            o = &sc->stack[d];
            if (!o->transparent && (o->name || o->typedef_)) break;
        }
        if (d < top && o->typedef_ && !o->name) {
            /* typedef struct { ... } name; the name comes after. */
            size_t defs = sc->defs;
            while (pos < text.len && sc->defs == defs) {
                size_t next = pos;
                while (next < text.len && text.b[next] != '\n') next++;
                place_scan(sc, text.b, text.len, &pos, next + 1);
            }
            if (sc->defs != defs && sc->last) buf_printf(out, ", in `%s`", sc->last);
        } else if (d < top) {
            buf_printf(out, ", in `%s`", o->name);
            /* In a class: the method too, or the one it goes after. */
            inner = d + 1;
            while (inner < top && !sc->stack[inner].name && sc->stack[inner].transparent) inner++;
            if (o->is_class && inner < top && sc->stack[inner].name)
                buf_printf(out, ", in `%s`", sc->stack[inner].name);
            else if (o->is_class && d + 1 == top && o->last)
                buf_printf(out, ", after `%s`", o->last);
        } else if (top && sc->stack[top - 1].last) {
            buf_printf(out, ", after `%s`", sc->stack[top - 1].last);
        }
    } else if (sc->last) {
        buf_printf(out, ", after `%s`", sc->last);
    } else {
        /* At the start: say what it goes before, the first definition
         * that follows it. */
        size_t defs;

        place_scan(sc, text.b, text.len, &pos, end);
        defs = sc->defs;
        while (pos < text.len && sc->defs == defs) {
            size_t next = pos;
            while (next < text.len && text.b[next] != '\n') next++;
            place_scan(sc, text.b, text.len, &pos, next + 1);
        }
        if (sc->defs != defs && sc->last) buf_printf(out, ", before `%s`", sc->last);
    }
    free(sc->last);
    for (size_t d = 0; d < sc->depth && d < PLACE_DEPTH; d++) {
        free(sc->stack[d].name);
        free(sc->stack[d].last);
    }
    free(sc);
    free(text.b);
}

/* ============================ Book excerpts ============================ */

/* The language name for a fenced block of code from file f. */
static const char *fence_lang(const SrcFile *f) {
    const char *ext = strrchr(f->rel, '.');

    if (f->kind == KIND_HASH) return ext && !strcmp(ext, ".sh") ? "sh" : "make";
    if (ext && !strcmp(ext, ".cc")) return "cpp";
    if (ext && (!strcmp(ext, ".js") || !strcmp(ext, ".mjs"))) return "js";
    return "c";
}

/* The lines of snippet s as they stand in its own chapter, markers and
 * the blocks of later chapters left out. */
static void snippet_code(const Snippet *s, Buf *out) {
    const SrcFile *f = &files[s->file];

    emit_lines(f, s->open, s->close - 1, s->chapter, out);
    if (out->len && out->b[out->len - 1] != '\n') buf_add(out, "\n", 1);
}

/* How many lines of earlier chapters the snippet s takes the place of. */
static size_t replaced_lines(const Snippet *s) {
    size_t n = 0;

    for (size_t i = 0; i < nsnips; i++)
        if (snips[i].replaced && snips[i].until == s->chapter && !strcmp(snips[i].by, s->name))
            n += snips[i].close - snips[i].open - 1;
    return n;
}

/* Length of the run of backticks that starts the trimmed line t. */
static size_t backticks(Span t) {
    size_t n = 0;
    while (n < t.n && t.s[n] == '`') n++;
    return n;
}

/* What the book shows for snippet s: where it goes, then its code in a
 * fence long enough that no line of the code can close it. */
static void render_excerpt(const Snippet *s, Buf *out) {
    Buf code = {0};
    size_t nlines, fence = 3, repl = replaced_lines(s);
    Span *lines;

    snippet_code(s, &code);
    lines = split_lines(code.b ? code.b : "", code.len, &nlines);
    for (size_t i = 0; i < nlines; i++) {
        size_t k = backticks(ltrim(lines[i]));
        if (k >= fence) fence = k + 1;
    }
    free(lines);
    buf_printf(out, "*in `%s`", files[s->file].dest);
    snippet_place(s, out);
    if (repl) buf_printf(out, ", replacing %zu line%s", repl, repl == 1 ? "" : "s");
    buf_adds(out, "*\n");
    for (size_t i = 0; i < fence; i++) buf_add(out, "`", 1);
    buf_printf(out, "%s\n", fence_lang(&files[s->file]));
    buf_add(out, code.b ? code.b : "", code.len);
    for (size_t i = 0; i < fence; i++) buf_add(out, "`", 1);
    buf_add(out, "\n", 1);
    free(code.b);
}

/* Is the trimmed line t an excerpt line "<!-- code: NAME -->"? Returns 1
 * and the name if so, 0 if it is no such thing, -1 if it starts like one
 * but is malformed. */
static int excerpt_line(Span t, Span *name) {
    Span r, tok[1];

    if (!span_starts(t, "<!--")) return 0;
    r = ltrim(span_skip(t, 4));
    if (!span_starts(r, "code")) return 0;
    r = span_skip(r, 4);
    if (!span_starts(r, ":")) return -1;
    r = ltrim(span_skip(r, 1));
    if (r.n < 3 || memcmp(r.s + r.n - 3, "-->", 3) != 0) return -1;
    r.n -= 3;
    if (tokenize(r, tok, 1) != 1 || !good_name(tok[0])) return -1;
    *name = tok[0];
    return 1;
}

/* What the excerpts command does and counts. */
typedef struct {
    int update;         /* rewrite excerpts that differ */
    char *used;         /* per snippet: quoted somewhere */
    size_t excerpts;    /* excerpts seen */
    size_t updated;     /* excerpts rewritten */
    size_t differ;      /* excerpts that differ (check) */
    size_t problems;    /* everything else wrong */
} ExcerptRun;

/* Where the generated part of the excerpt starting at line i ends: after
 * an optional "*in" line and a fenced block. Returns the index of the first
 * line after it, or (size_t)-1 when its fence is never closed. */
static size_t excerpt_end(Span *lines, size_t n, size_t i) {
    size_t open;

    if (i < n && span_starts(trim(lines[i]), "*in ")) i++;
    if (i >= n || (open = backticks(trim(lines[i]))) < 3) return i;
    for (size_t j = i + 1; j < n; j++) {
        Span t = trim(lines[j]);
        if (t.n && backticks(t) == t.n && t.n >= open) return j + 1;
    }
    return (size_t)-1;
}

/* Check (or update) the excerpt named name whose generated lines are
 * lines[i..end) of the book file path (its marker is at line ln), and
 * append what those lines should be to out. */
static void do_excerpt(ExcerptRun *run, const char *path, size_t ln, Span name,
                       Span *lines, size_t i, size_t end, Buf *out) {
    long si = find_snippet(name);
    Buf have = {0}, want = {0};

    for (size_t j = i; j < end; j++) buf_add(&have, lines[j].s, lines[j].n);
    run->excerpts++;
    if (si < 0) {
        fail(path, ln, span_eq(name, "omit") ? "omit blocks cannot be quoted" : "no snippet named '%.*s'",
             (int)name.n, name.s);
        run->problems++;
        buf_add(out, have.b ? have.b : "", have.len);
    } else {
        run->used[si] = 1;
        render_excerpt(&snips[si], &want);
        int same = have.len == want.len && (want.len == 0 || memcmp(have.b, want.b, want.len) == 0);

        if (!same && run->update) {
            run->updated++;
        } else if (!same) {
            fail(path, ln, "excerpt '%s' differs from %s", snips[si].name, files[snips[si].src_file].shown);
            run->differ++;
        }
        buf_add(out, want.b, want.len);
    }
    free(have.b);
    free(want.b);
}

/* Check (or update) every excerpt in the book file at path. Fenced blocks
 * of the book's own text are passed over, so they can show the syntax. */
static int do_book_file(ExcerptRun *run, const char *path) {
    char *text;
    size_t len, n, before = run->updated, fence = 0;
    Span *lines, name;
    Buf out = {0};
    int rc = 0;

    if (read_file(path, &text, &len) != 0) return fail(path, 0, "cannot read: %s", strerror(errno));
    lines = split_lines(text, len, &n);
    for (size_t i = 0; i < n;) {
        Span t = trim(lines[i]);
        size_t end;
        int k;

        buf_add(&out, lines[i].s, lines[i].n);
        if (fence) {
            if (backticks(t) >= fence && backticks(t) == t.n) fence = 0;
            i++;
            continue;
        }
        if (backticks(t) >= 3) {
            fence = backticks(t);
            i++;
            continue;
        }
        if ((k = excerpt_line(t, &name)) < 0) {
            fail(path, i + 1, "bad excerpt line: want '<!-- code: NAME -->'");
            run->problems++;
        }
        if (k <= 0) {
            i++;
            continue;
        }
        if (lines[i].s[lines[i].n - 1] != '\n') buf_add(&out, "\n", 1);
        if ((end = excerpt_end(lines, n, i + 1)) == (size_t)-1) {
            fail(path, i + 1, "the code fence after this excerpt is never closed");
            run->problems++;
            i++;
            continue;
        }
        do_excerpt(run, path, i + 1, name, lines, i + 1, end, &out);
        i = end;
    }
    if (run->updated != before && write_file(path, out.b, out.len, 0) != 0) rc = -1;
    free(out.b);
    free(lines);
    free(text);
    return rc;
}

/* Every snippet of a chapter that has a book file must be quoted somewhere
 * in the book (omit blocks never are). */
static void check_unused(ExcerptRun *run, const char *book) {
    for (size_t i = 0; i < nsnips; i++) {
        Snippet *s = &snips[i];
        char *md;

        if (run->used[i] || !strcmp(s->name, "omit")) continue;
        md = path_join(book, chap[s->chapter]);
        md = xrealloc(md, strlen(md) + 4);
        strcat(md, ".md");
        if (exists(md)) {
            fail(files[s->src_file].shown, s->src_open, "snippet '%s' of %s is not quoted anywhere in the book",
                 s->name, chap[s->chapter]);
            run->problems++;
        }
        free(md);
    }
}

/* The book's Markdown files: book/NAME.md, in name order. */
static int book_files(const char *book, StrList *out) {
    DIR *d = opendir(book);
    struct dirent *e;

    if (d == NULL) return fail(book, 0, "cannot read directory: %s", strerror(errno));
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] != '.' && n > 3 && !strcmp(e->d_name + n - 3, ".md"))
            sl_push(out, path_join(book, e->d_name));
    }
    closedir(d);
    qsort(out->v, out->n, sizeof(char *), cmp_str);
    return 0;
}

/* ============================== Commands ============================== */

/* The command line, with the defaults filled in. */
typedef struct {
    const char *cmd;
    const char *src;
    const char *out;
    const char *book;
    const char *list;
    int check;
    int update;
} Opts;

/* toybook chapters: write (or check) chapters/NN-slug/ for each chapter. */
static int cmd_chapters(Opts *o) {
    ChapterRun run = {0};
    int rc = 0;

    run.check = o->check;
    if (load_chapters(o->list) != 0 || load_sources(o->src) != 0) return 1;
    for (int c = 0; c < nchap; c++) {
        char *dir = path_join(o->out, chap[c]);
        if (sync_chapter(&run, c, dir) != 0) rc = 1;
        if (prune_chapter(&run, c, dir) != 0) rc = 1;
        free(dir);
    }
    if (rc != 0) return rc;
    if (run.stale) {
        fail(NULL, 0, "%zu chapter file%s out of date; run 'make chapters' to regenerate",
             run.stale, run.stale == 1 ? "" : "s");
        return 1;
    }
    printf("chapters: %d chapter%s, %zu files, ", nchap, nchap == 1 ? "" : "s", run.files);
    if (run.written || run.deleted) printf("%zu written, %zu deleted\n", run.written, run.deleted);
    else printf("up to date\n");
    return 0;
}

/* toybook excerpts: check (or update) the code excerpts in book/NAME.md. */
static int cmd_excerpts(Opts *o) {
    ExcerptRun run = {0};
    StrList md = {0};
    int rc = 0;

    run.update = o->update;
    if (load_chapters(o->list) != 0 || load_sources(o->src) != 0) return 1;
    if (book_files(o->book, &md) != 0) return 1;
    run.used = xrealloc(NULL, nsnips + 1);
    memset(run.used, 0, nsnips + 1);
    for (size_t i = 0; i < md.n; i++)
        if (do_book_file(&run, md.v[i]) != 0) rc = 1;
    check_unused(&run, o->book);
    if (run.differ)
        fail(NULL, 0, "%zu excerpt%s out of date; run 'make excerpts' to update", run.differ,
             run.differ == 1 ? "" : "s");
    if (run.differ || run.problems) rc = 1;
    if (rc == 0 && run.updated)
        printf("excerpts: %zu excerpts, %zu updated\n", run.excerpts, run.updated);
    else if (rc == 0)
        printf("excerpts: %zu excerpts, up to date\n", run.excerpts);
    sl_free(&md);
    free(run.used);
    return rc;
}

/* toybook snippets: list every snippet with its chapter and lines. */
static int cmd_snippets(Opts *o) {
    if (load_chapters(o->list) != 0 || load_sources(o->src) != 0) return 1;
    for (size_t i = 0; i < nsnips; i++)
        printf("%s %s %s:%zu-%zu\n", snips[i].name, chap[snips[i].chapter],
               files[snips[i].src_file].shown, snips[i].src_open, snips[i].src_close);
    return 0;
}

/* What --help prints. */
static const char *usage =
    "usage: toybook COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  chapters [--check]          write chapters/NN-slug/ from the markers in src/;\n"
    "                              --check writes nothing and fails if any differ\n"
    "  excerpts [--check|--update] check the code excerpts in book/*.md (the default),\n"
    "                              or rewrite those that differ from src/\n"
    "  snippets                    list every snippet: NAME CHAPTER FILE:FIRST-LAST\n"
    "\n"
    "options (paths are relative to where toybook runs, normally the repo root):\n"
    "  --src DIR    the marked-up source tree (default: src)\n"
    "  --out DIR    where chapters are written (default: chapters)\n"
    "  --book DIR   the book's Markdown (default: book)\n"
    "  --list FILE  the chapter list (default: BOOK/chapters.txt)\n"
    "\n"
    "The marker language is described in book/tools/README.md.\n";

/* Read the command line into o. Returns 0, or -1 after a message. */
static int parse_args(int argc, char **argv, Opts *o) {
    o->src = "src";
    o->out = "chapters";
    o->book = "book";
    if (argc < 2) return fail(NULL, 0, "no command given; see 'toybook --help'");
    o->cmd = argv[1];
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        const char **dst = !strcmp(a, "--src") ? &o->src : !strcmp(a, "--out") ? &o->out
                         : !strcmp(a, "--book") ? &o->book : !strcmp(a, "--list") ? &o->list : NULL;
        if (dst && i + 1 < argc) *dst = argv[++i];
        else if (dst) return fail(NULL, 0, "%s needs a value", a);
        else if (!strcmp(a, "--check")) o->check = 1;
        else if (!strcmp(a, "--update") && !strcmp(o->cmd, "excerpts")) o->update = 1;
        else return fail(NULL, 0, "unknown option '%s' for '%s'; see 'toybook --help'", a, o->cmd);
    }
    if (o->check && o->update) return fail(NULL, 0, "--check and --update do not go together");
    if (o->list == NULL) o->list = path_join(o->book, "chapters.txt");
    return 0;
}

/* Run one command; exit 0 on success, 1 when it found problems, 2 for a
 * bad command line. */
int main(int argc, char **argv) {
    Opts o = {0};

    if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help"))) {
        fputs(usage, stdout);
        return 0;
    }
    if (parse_args(argc, argv, &o) != 0) return 2;
    if (!strcmp(o.cmd, "chapters")) return cmd_chapters(&o);
    if (!strcmp(o.cmd, "excerpts")) return cmd_excerpts(&o);
    if (!strcmp(o.cmd, "snippets")) return cmd_snippets(&o);
    fail(NULL, 0, "unknown command '%s'; see 'toybook --help'", o.cmd);
    return 2;
}
