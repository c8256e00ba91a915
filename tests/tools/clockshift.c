/* Preload library for tests: moves the wall clock (CLOCK_REALTIME, gettimeofday, time) by
 * CLOCKSHIFT_SECONDS and leaves the monotonic clocks alone, so sleeps, thread waits and
 * timeouts behave as usual. Used by run-shifted; see its header. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>

static long long shift(void) {
    static int known = 0;
    static long long seconds = 0;
    if (!known) {
        const char *value = getenv("CLOCKSHIFT_SECONDS");
        seconds = value ? atoll(value) : 0;
        known = 1;
    }
    return seconds;
}

int clock_gettime(clockid_t which, struct timespec *out) {
    static int (*real)(clockid_t, struct timespec *) = 0;
    if (!real) real = (int (*)(clockid_t, struct timespec *))dlsym(RTLD_NEXT, "clock_gettime");
    int status = real(which, out);
    if (status == 0 && (which == CLOCK_REALTIME || which == CLOCK_REALTIME_COARSE))
        out->tv_sec += shift();
    return status;
}

int gettimeofday(struct timeval *out, void *zone) {
    static int (*real)(struct timeval *, void *) = 0;
    if (!real) real = (int (*)(struct timeval *, void *))dlsym(RTLD_NEXT, "gettimeofday");
    int status = real(out, zone);
    if (status == 0 && out) out->tv_sec += shift();
    return status;
}

time_t time(time_t *out) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    if (out) *out = now.tv_sec;
    return now.tv_sec;
}
