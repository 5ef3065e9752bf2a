/* Compiled into every sanitized program that draws (GWPLUME_SANITIZE, scripts/test --sanitize),
 * never into a normal build. Mesa loads its software GL driver (swrast_dri.so) with dlopen and
 * unloads it when the X display closes, before LeakSanitizer looks: the blocks the driver still
 * held are then pointed at only from unmapped memory and reported as leaks of an "unknown module"
 * that no suppression can name. Loaded here first with RTLD_NODELETE, the driver stays mapped to
 * the end, its blocks stay reachable, and a leak of our own is still reported. */
#include <dlfcn.h>

__attribute__((constructor)) static void gwplume_keep_gl_driver(void) {
  dlopen(GWPLUME_GL_DRIVER, RTLD_NOW | RTLD_GLOBAL | RTLD_NODELETE);
}
