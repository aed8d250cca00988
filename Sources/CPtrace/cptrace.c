// Fixed-arity entry points for the ptrace requests the injector uses.
#include "CPtrace.h"
#include <sys/ptrace.h>
#include <stddef.h>

long cptrace_seize(pid_t pid) { return ptrace(PTRACE_SEIZE, pid, NULL, NULL); }
long cptrace_interrupt(pid_t pid) { return ptrace(PTRACE_INTERRUPT, pid, NULL, NULL); }
long cptrace_detach(pid_t pid) { return ptrace(PTRACE_DETACH, pid, NULL, NULL); }
