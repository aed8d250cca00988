// Fixed-arity entry points for the ptrace requests and remote-memory calls the injector uses.
#define _GNU_SOURCE
#include "CPtrace.h"
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

long cptrace_seize(pid_t pid) { return ptrace(PTRACE_SEIZE, pid, NULL, NULL); }
long cptrace_interrupt(pid_t pid) { return ptrace(PTRACE_INTERRUPT, pid, NULL, NULL); }
long cptrace_detach(pid_t pid) { return ptrace(PTRACE_DETACH, pid, NULL, NULL); }

ssize_t cptrace_read_memory(pid_t pid, uint64_t address, void *buffer, size_t length) {
    struct iovec local = {.iov_base = buffer, .iov_len = length};
    struct iovec remote = {.iov_base = (void *)(uintptr_t)address, .iov_len = length};
    return process_vm_readv(pid, &local, 1, &remote, 1, 0);
}

ssize_t cptrace_write_memory(pid_t pid, uint64_t address, const void *buffer, size_t length) {
    struct iovec local = {.iov_base = (void *)buffer, .iov_len = length};
    struct iovec remote = {.iov_base = (void *)(uintptr_t)address, .iov_len = length};
    return process_vm_writev(pid, &local, 1, &remote, 1, 0);
}

int cptrace_tgkill(pid_t pid, pid_t tid, int signal) { return (int)syscall(SYS_tgkill, pid, tid, signal); }
