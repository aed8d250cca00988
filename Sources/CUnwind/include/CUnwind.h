// Thin libunwind-ptrace wrapper: native stack of a seized thread.
#ifndef CUNWIND_H
#define CUNWIND_H
#include <stdint.h>
#include <sys/types.h>

/// Unwinds the stopped thread `tid` (already seized and interrupted by the caller), storing up to
/// `capacity` instruction pointers. Returns the number stored, or -1 on failure.
int cunwind_backtrace(pid_t tid, uint64_t *instruction_pointers, int capacity);
#endif
