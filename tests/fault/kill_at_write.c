/* Fault injection for the kill-safety test: loaded with LD_PRELOAD into gwplume, it counts the
 * writes (write, pwrite, pwrite64) the program makes to files whose name ends in ".partial" and
 * kills the process with SIGKILL at the Nth, the way a cluster's scheduler or the kernel's
 * out-of-memory killer would, at a moment chosen by the test rather than by a timer.
 *
 *   GWPLUME_KILL_AT_WRITE=N   SIGKILL at the Nth write (1-based) to a .partial file
 *   GWPLUME_KILL_TORN=1       ... after writing only the first half of that write's pages, when
 *                             it spans two pages or more (4096 bytes each)
 *   GWPLUME_COUNT_WRITES=PATH at exit, write the number of such writes to PATH
 *
 * Only what reaches the kernel is counted, so "the Nth write" may fall in the middle of HDF5
 * writing a field, its metadata or the final status. A kill cuts a write only where the kernel
 * would: it copies a write into the file's pages one page at a time and checks for a fatal signal
 * between them, so a write within one page is done whole or not at all. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static long writes_seen = 0;

static int is_partial(int fd) {
  char link[64], target[PATH_MAX];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  const ssize_t n = readlink(link, target, sizeof target - 1);
  if (n <= 0) return 0;
  target[n] = '\0';
  const size_t len = (size_t)n;
  return len > 8 && strcmp(target + len - 8, ".partial") == 0;
}

static long kill_at(void) {
  const char* text = getenv("GWPLUME_KILL_AT_WRITE");
  return text ? atol(text) : 0;
}

/* Counts a write to fd; returns how many of `count` bytes to write before dying, or `count`. */
static size_t before_write(int fd, size_t count) {
  if (!is_partial(fd)) return count;
  ++writes_seen;
  if (writes_seen != kill_at()) return count;
  const size_t page = 4096;
  const char* torn = getenv("GWPLUME_KILL_TORN");
  if (torn && torn[0] == '1' && count >= 2 * page) return count / 2 / page * page;
  raise(SIGKILL);
  return 0;
}

ssize_t write(int fd, const void* buf, size_t count) {
  static ssize_t (*real)(int, const void*, size_t) = NULL;
  if (!real) real = (ssize_t(*)(int, const void*, size_t))dlsym(RTLD_NEXT, "write");
  const size_t now = before_write(fd, count);
  if (now < count) {
    if (now > 0) real(fd, buf, now);
    raise(SIGKILL);
  }
  return real(fd, buf, count);
}

static ssize_t positioned(const char* name, int fd, const void* buf, size_t count, off_t offset) {
  ssize_t (*real)(int, const void*, size_t, off_t) = (ssize_t(*)(int, const void*, size_t, off_t))dlsym(RTLD_NEXT, name);
  const size_t now = before_write(fd, count);
  if (now < count) {
    if (now > 0) real(fd, buf, now, offset);
    raise(SIGKILL);
  }
  return real(fd, buf, count, offset);
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset) { return positioned("pwrite", fd, buf, count, offset); }
ssize_t pwrite64(int fd, const void* buf, size_t count, off_t offset) { return positioned("pwrite64", fd, buf, count, offset); }

__attribute__((destructor)) static void report_count(void) {
  const char* path = getenv("GWPLUME_COUNT_WRITES");
  if (!path) return;
  FILE* out = fopen(path, "w");
  if (!out) return;
  fprintf(out, "%ld\n", writes_seen);
  fclose(out);
}
