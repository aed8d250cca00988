// Tunes glibc's allocator for the VM's allocation pattern.

#include <malloc.h>
#include "CVMSupport.h"

void wand_tune_allocator(void) {
    // Programs allocate and free in waves between collections; by default glibc gives the top
    // of the heap back to the kernel after each wave and page-faults it in again on the next.
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
}
