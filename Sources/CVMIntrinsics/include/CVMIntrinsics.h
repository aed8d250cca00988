// Processor hints the VM's Swift code has no spelling for.
#ifndef CVMINTRINSICS_H
#define CVMINTRINSICS_H

/// Starts loading the cache line at `address` for a read soon after; never faults.
static inline __attribute__((always_inline)) void wand_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
