// The `.wand_debug` struct: the only layout shared by the VM (target side) and the injector.
#ifndef CVMSUPPORT_H
#define CVMSUPPORT_H

#include <stdint.h>

#define WAND_DEBUG_MAGIC 0x4755424544444e57ULL /* "WNDDEBUG" little-endian */
#define WAND_DEBUG_LAYOUT_VERSION 1u

/// VM life-cycle states published in `wand_debug.vm_state`.
enum wand_vm_state {
    WAND_VM_STARTING = 0,
    WAND_VM_RUNNING = 1,
    WAND_VM_FINALIZING = 2,
};

/// Readers check magic and layout version, and ignore fields past `header_size`.
struct wand_debug_header {
    uint64_t magic;
    uint32_t layout_version;
    uint32_t header_size;
    int32_t pid;
    volatile uint32_t vm_state;
};

/// The process's single instance, placed in its own ELF section and exported.
extern struct wand_debug_header wand_debug;

/// Marks the VM as being in `state` (one of `enum wand_vm_state`).
void wand_debug_set_state(uint32_t state);

#endif
