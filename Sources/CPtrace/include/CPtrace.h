// Non-variadic wrappers around ptrace(2), which Swift cannot call directly.
#ifndef CPTRACE_H
#define CPTRACE_H
#include <sys/types.h>

/// PTRACE_SEIZE without options; returns 0 or -1 with errno set.
long cptrace_seize(pid_t pid);
/// PTRACE_INTERRUPT; returns 0 or -1 with errno set.
long cptrace_interrupt(pid_t pid);
/// PTRACE_DETACH; returns 0 or -1 with errno set.
long cptrace_detach(pid_t pid);
#endif
