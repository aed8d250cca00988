// Defines the exported `.wand_debug` struct that makes a process recognisable as a wand VM,
// and the mailbox it points to.
#include "CVMSupport.h"
#include <unistd.h>

/// In .bss: 80 KiB of zeros that the binary does not carry.
static struct wand_mailbox wand_mailbox_storage;

__attribute__((section(".wand_debug"), used, visibility("default")))
struct wand_debug_header wand_debug = {
    .magic = WAND_DEBUG_MAGIC,
    .layout_version = WAND_DEBUG_LAYOUT_VERSION,
    .header_size = sizeof(struct wand_debug_header),
    .pid = 0,
    .vm_state = WAND_VM_NONE,
    .mailbox_address = (uint64_t)(uintptr_t)&wand_mailbox_storage,
    .mailbox_size = sizeof(struct wand_mailbox),
};

struct wand_mailbox *wand_mailbox_instance(void) { return &wand_mailbox_storage; }

void wand_debug_set_state(uint32_t state) {
    wand_debug.pid = (int32_t)getpid();
    __atomic_store_n(&wand_debug.vm_state, state, __ATOMIC_RELEASE);
}

void wand_debug_set_debugger_attached(int attached) {
    __atomic_store_n(&wand_debug.debugger_attached, attached ? 1u : 0u, __ATOMIC_RELEASE);
}

uint32_t wand_crc32(uint32_t crc, const void *bytes, size_t length) {
    static uint32_t table[256];
    static int table_ready;
    if (!__atomic_load_n(&table_ready, __ATOMIC_ACQUIRE)) {
        for (uint32_t index = 0; index < 256; index++) {
            uint32_t value = index;
            for (int bit = 0; bit < 8; bit++) value = (value & 1) ? 0xEDB88320u ^ (value >> 1) : value >> 1;
            table[index] = value;
        }
        __atomic_store_n(&table_ready, 1, __ATOMIC_RELEASE);
    }
    const uint8_t *cursor = bytes;
    crc = ~crc;
    for (size_t index = 0; index < length; index++) crc = table[(crc ^ cursor[index]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

uint32_t wand_request_checksum(uint64_t nonce, uint32_t kind, uint32_t target_thread, const uint8_t *payload, uint32_t length) {
    uint32_t crc = wand_crc32(0, &nonce, sizeof nonce);
    crc = wand_crc32(crc, &kind, sizeof kind);
    crc = wand_crc32(crc, &target_thread, sizeof target_thread);
    crc = wand_crc32(crc, &length, sizeof length);
    return wand_crc32(crc, payload, length);
}

const char *wand_request_status_name(uint32_t status) {
    switch (status) {
    case WAND_STATUS_IDLE: return "idle";
    case WAND_STATUS_PENDING: return "pending";
    case WAND_STATUS_RUNNING: return "running";
    case WAND_STATUS_OK: return "ok";
    case WAND_STATUS_ERROR: return "error";
    case WAND_STATUS_REJECTED_DISABLED: return "rejected-disabled";
    case WAND_STATUS_REJECTED_BUSY: return "rejected-busy";
    case WAND_STATUS_TOO_LARGE: return "too-large";
    case WAND_STATUS_UNSUPPORTED: return "unsupported";
    default: return "unknown";
    }
}
