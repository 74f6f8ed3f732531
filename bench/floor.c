/* floor.c: the start-up floor. This program links libnode.so, the library
 * that holds V8, and does nothing else: its run time is what the dynamic
 * loader spends mapping and relocating libnode and the libraries it needs.
 * No runtime built on this libnode can start faster. */
int main(void) {
    return 0;
}
