// Defines the exported `.wand_debug` struct that makes a process recognisable as a wand VM.
#include "CVMSupport.h"
#include <unistd.h>

__attribute__((section(".wand_debug"), used, visibility("default")))
struct wand_debug_header wand_debug = {
    .magic = WAND_DEBUG_MAGIC,
    .layout_version = WAND_DEBUG_LAYOUT_VERSION,
    .header_size = sizeof(struct wand_debug_header),
    .pid = 0,
    .vm_state = WAND_VM_STARTING,
};

void wand_debug_set_state(uint32_t state) {
    wand_debug.pid = (int32_t)getpid();
    __atomic_store_n(&wand_debug.vm_state, state, __ATOMIC_RELEASE);
}
