// The `.wand_debug` struct and the remote-exec mailbox: the only layout shared by the VM
// (target side) and the injector. docs/attach-protocol.md describes the protocol.
#ifndef CVMSUPPORT_H
#define CVMSUPPORT_H

#include <stddef.h>
#include <stdint.h>

#define WAND_DEBUG_MAGIC 0x4755424544444e57ULL /* "WNDDEBUG" little-endian */
#define WAND_DEBUG_LAYOUT_VERSION 2u
#define WAND_REQUEST_PAYLOAD_CAPACITY (64u * 1024u)
#define WAND_RESULT_OUTPUT_CAPACITY (16u * 1024u)

/// Life-cycle states published in `wand_debug.vm_state`. NONE is the static value: a process
/// running the `wand` tools (ps, exec, …) has the section but never runs a program.
enum wand_vm_state {
    WAND_VM_NONE = 0,
    WAND_VM_STARTING = 1,
    WAND_VM_RUNNING = 2,
    WAND_VM_FINALIZING = 3,
};

/// `wand_result.status`. IDLE: nothing was ever served.
enum wand_request_status {
    WAND_STATUS_IDLE = 0,
    WAND_STATUS_PENDING = 1,           // taken, waiting for the VM lock
    WAND_STATUS_RUNNING = 2,           // the code runs under the VM lock
    WAND_STATUS_OK = 3,
    WAND_STATUS_ERROR = 4,             // the code raised; stderr holds the traceback
    WAND_STATUS_REJECTED_DISABLED = 5,
    WAND_STATUS_REJECTED_BUSY = 6,     // torn request: another injector wrote at the same time
    WAND_STATUS_TOO_LARGE = 7,
    WAND_STATUS_UNSUPPORTED = 8,       // unknown request kind or target thread
};

/// A short lower-case name for a status ("ok", "rejected-busy", …), "unknown" for others.
const char *wand_request_status_name(uint32_t status);

enum wand_request_kind {
    WAND_REQUEST_EXEC = 1, // payload: UTF-8 Python source, run in a fresh module namespace
};

/// Written by the injector: payload and fields first, `seq` last.
struct wand_request_header {
    volatile uint64_t seq;
    uint64_t nonce;
    uint32_t kind;
    uint32_t target_thread; // 0: the main VM thread
    uint32_t length;
    uint32_t crc32;         // wand_request_checksum over the fields above (but seq) and the payload
    volatile uint64_t cancel_seq; // an injector that gave up writes its seq here: the code is interrupted
};

struct wand_request {
    struct wand_request_header header;
    uint8_t payload[WAND_REQUEST_PAYLOAD_CAPACITY];
};

/// Written by the target: `seq` names the request the other fields belong to; `status` is
/// written after the output it describes.
struct wand_result_header {
    volatile uint64_t seq;
    volatile uint64_t nonce;
    volatile uint32_t status;
    uint32_t stdout_length;
    uint32_t stderr_length;
    uint32_t truncated_bytes;
};

struct wand_result {
    struct wand_result_header header;
    uint8_t output[WAND_RESULT_OUTPUT_CAPACITY]; // stdout, then stderr
};

struct wand_mailbox {
    struct wand_request request;
    struct wand_result result;
};

/// Offsets for readers that use the headers only (Swift imports the arrays as huge tuples).
enum wand_mailbox_offsets {
    WAND_REQUEST_PAYLOAD_OFFSET = offsetof(struct wand_request, payload),
    WAND_MAILBOX_RESULT_OFFSET = offsetof(struct wand_mailbox, result),
    WAND_RESULT_OUTPUT_OFFSET = offsetof(struct wand_result, output),
};

/// Readers check magic and layout version, and ignore fields past `header_size`.
struct wand_debug_header {
    uint64_t magic;
    uint32_t layout_version;
    uint32_t header_size;
    int32_t pid;
    volatile uint32_t vm_state;
    /* layout version 2 */
    volatile uint32_t remote_exec_enabled;
    volatile int32_t doorbell_signal; // 0 until the service thread waits for it
    volatile int32_t service_tid;     // the thread that the doorbell must be sent to (tgkill)
    volatile uint32_t debugger_attached;
    uint64_t mailbox_address;         // a `struct wand_mailbox` in .bss
    uint32_t mailbox_size;
    uint32_t reserved;
};

/// The process's single instance, placed in its own ELF section and exported.
extern struct wand_debug_header wand_debug;

/// Marks the VM as being in `state` (one of `enum wand_vm_state`).
void wand_debug_set_state(uint32_t state);
/// Whether a DAP client is attached (shown by `wand ps`); set by the debug adapter.
void wand_debug_set_debugger_attached(int attached);

/// CRC-32 (IEEE, as zlib) of `length` bytes, continuing from `crc` (0 to start).
uint32_t wand_crc32(uint32_t crc, const void *bytes, size_t length);

/// The checksum an injector stores in `wand_request.crc32`: it covers the nonce, so a payload
/// of one injector under the header of another is detected.
uint32_t wand_request_checksum(uint64_t nonce, uint32_t kind, uint32_t target_thread, const uint8_t *payload, uint32_t length);

// ---- Target side: doorbell and mailbox (wand_remote_exec.c) ----

/// The process's mailbox, the one `wand_debug.mailbox_address` points to.
struct wand_mailbox *wand_mailbox_instance(void);

/// Blocks `signal` in the calling thread (and the threads it creates later), so that only the
/// service thread ever runs the doorbell handler and the program's blocking calls never see EINTR.
int wand_doorbell_block(int signal);

/// Installs the doorbell handler for `signal` (without SA_RESTART) and creates its eventfd;
/// returns 0 or -errno.
int wand_doorbell_install(int signal);

/// On the service thread: unblocks the doorbell and publishes the thread id, the signal and
/// whether requests are served, so that injectors can ring.
void wand_doorbell_open(int signal, int remote_exec_enabled);

/// Blocks until the doorbell rings (or a signal interrupts the wait); returns 1 when it rang.
int wand_doorbell_wait(void);

/// A request copied out of the mailbox.
struct wand_taken_request {
    uint64_t seq;
    uint64_t nonce;
    uint32_t kind;
    uint32_t target_thread;
    uint32_t length;
};

enum wand_take_outcome {
    WAND_TAKE_NOTHING_NEW = 0,
    WAND_TAKE_VALID = 1,
    WAND_TAKE_TORN = 2,      // checksum or seq changed while copying
    WAND_TAKE_TOO_LARGE = 3,
};

/// Copies a request with a sequence number not seen before into `request` and `payload`
/// (WAND_REQUEST_PAYLOAD_CAPACITY bytes) and checks it.
int wand_mailbox_take(struct wand_taken_request *request, uint8_t *payload);

/// Whether an injector asked to interrupt the request taken last (see `cancel_seq`).
int wand_mailbox_cancel_requested(void);

/// Publishes that request `seq` from `nonce` is now in `status` (pending, running or a rejection).
void wand_mailbox_publish_status(uint64_t seq, uint64_t nonce, uint32_t status);

/// Publishes the final result of the current request: output first, then the status.
void wand_mailbox_publish_result(uint32_t status, const uint8_t *standard_output, uint32_t stdout_length,
                                 const uint8_t *standard_error, uint32_t stderr_length);

#endif
