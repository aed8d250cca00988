// Non-variadic wrappers around ptrace(2), which Swift cannot call directly, and the other
// calls that need ptrace rights over a target (remote memory, thread-directed signals).
#ifndef CPTRACE_H
#define CPTRACE_H
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/// PTRACE_SEIZE without options; returns 0 or -1 with errno set.
long cptrace_seize(pid_t pid);
/// PTRACE_INTERRUPT; returns 0 or -1 with errno set.
long cptrace_interrupt(pid_t pid);
/// PTRACE_DETACH; returns 0 or -1 with errno set.
long cptrace_detach(pid_t pid);

/// Copies `length` bytes at `address` in `pid` into `buffer` (process_vm_readv); returns the
/// number of bytes copied or -1 with errno set.
ssize_t cptrace_read_memory(pid_t pid, uint64_t address, void *buffer, size_t length);
/// Copies `length` bytes from `buffer` to `address` in `pid` (process_vm_writev).
ssize_t cptrace_write_memory(pid_t pid, uint64_t address, const void *buffer, size_t length);
/// Sends `signal` to thread `tid` of process `pid`; returns 0 or -1 with errno set.
int cptrace_tgkill(pid_t pid, pid_t tid, int signal);
#endif
