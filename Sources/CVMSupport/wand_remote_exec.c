// Target side of remote exec: the doorbell (a real-time signal whose handler wakes an eventfd)
// and the mailbox copy/publish steps, with the memory ordering the injector relies on.
#define _GNU_SOURCE
#include "CVMSupport.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <unistd.h>

static int doorbell_eventfd = -1;
static volatile sig_atomic_t doorbell_rang;
/// Sequence number of the last request taken, so a repeated doorbell does not run it twice.
static uint64_t last_taken_seq;

/// Async-signal-safe: one atomic store and one write(2); errno is preserved for the
/// interrupted code.
static void wand_doorbell_handler(int signal) {
    (void)signal;
    int saved_errno = errno;
    __atomic_store_n(&doorbell_rang, 1, __ATOMIC_RELEASE);
    uint64_t one = 1;
    ssize_t ignored = write(doorbell_eventfd, &one, sizeof one);
    (void)ignored;
    errno = saved_errno;
}

int wand_doorbell_block(int signal) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signal);
    return -pthread_sigmask(SIG_BLOCK, &set, NULL);
}

int wand_doorbell_install(int signal) {
    doorbell_eventfd = eventfd(0, EFD_CLOEXEC);
    if (doorbell_eventfd < 0) return -errno;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = wand_doorbell_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: the service thread's wait returns and re-checks
    if (sigaction(signal, &action, NULL) != 0) return -errno;
    // A request left by an earlier process image is never served.
    last_taken_seq = __atomic_load_n(&wand_mailbox_instance()->request.header.seq, __ATOMIC_ACQUIRE);
    return 0;
}

void wand_doorbell_open(int signal, int remote_exec_enabled) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signal);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    pthread_setname_np(pthread_self(), "wand-exec"); // as thread reports and top(1) show it
    wand_debug.service_tid = (int32_t)syscall(SYS_gettid);
    wand_debug.remote_exec_enabled = remote_exec_enabled ? 1u : 0u;
    __atomic_store_n(&wand_debug.doorbell_signal, signal, __ATOMIC_RELEASE);
}

int wand_doorbell_wait(void) {
    uint64_t count;
    ssize_t got = read(doorbell_eventfd, &count, sizeof count);
    (void)got;
    return __atomic_exchange_n(&doorbell_rang, 0, __ATOMIC_ACQ_REL) ? 1 : 0;
}

int wand_mailbox_take(struct wand_taken_request *taken, uint8_t *payload) {
    struct wand_request *request = &wand_mailbox_instance()->request;
    struct wand_request_header *header = &request->header;
    uint64_t seq = __atomic_load_n(&header->seq, __ATOMIC_ACQUIRE);
    if (seq == last_taken_seq) return WAND_TAKE_NOTHING_NEW;
    last_taken_seq = seq;
    taken->seq = seq;
    taken->nonce = header->nonce;
    taken->kind = header->kind;
    taken->target_thread = header->target_thread;
    taken->length = header->length;
    uint32_t crc = header->crc32;
    if (taken->length > WAND_REQUEST_PAYLOAD_CAPACITY) return WAND_TAKE_TOO_LARGE;
    memcpy(payload, request->payload, taken->length);
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    if (__atomic_load_n(&header->seq, __ATOMIC_ACQUIRE) != seq) return WAND_TAKE_TORN;
    if (wand_request_checksum(taken->nonce, taken->kind, taken->target_thread, payload, taken->length) != crc) return WAND_TAKE_TORN;
    return WAND_TAKE_VALID;
}

int wand_mailbox_cancel_requested(void) {
    return __atomic_load_n(&wand_mailbox_instance()->request.header.cancel_seq, __ATOMIC_RELAXED) == last_taken_seq;
}

void wand_mailbox_publish_status(uint64_t seq, uint64_t nonce, uint32_t status) {
    struct wand_result_header *result = &wand_mailbox_instance()->result.header;
    __atomic_store_n(&result->nonce, nonce, __ATOMIC_RELAXED);
    __atomic_store_n(&result->status, status, __ATOMIC_RELAXED);
    if (status == WAND_STATUS_PENDING) {
        result->stdout_length = 0;
        result->stderr_length = 0;
        result->truncated_bytes = 0;
    }
    // Readers read seq first: once they see this seq, nonce and status are the new ones.
    __atomic_store_n(&result->seq, seq, __ATOMIC_RELEASE);
}

void wand_mailbox_publish_result(uint32_t status, const uint8_t *standard_output, uint32_t stdout_length,
                                 const uint8_t *standard_error, uint32_t stderr_length) {
    struct wand_result *result = &wand_mailbox_instance()->result;
    // Each stream keeps at least half of the room when both overflow; a traceback is rarely cut.
    uint32_t capacity = WAND_RESULT_OUTPUT_CAPACITY;
    uint32_t stdout_floor = stdout_length < capacity / 2 ? stdout_length : capacity / 2;
    uint32_t stderr_kept = stderr_length < capacity - stdout_floor ? stderr_length : capacity - stdout_floor;
    uint32_t stdout_kept = stdout_length < capacity - stderr_kept ? stdout_length : capacity - stderr_kept;
    memcpy(result->output, standard_output, stdout_kept);
    memcpy(result->output + stdout_kept, standard_error, stderr_kept);
    result->header.stdout_length = stdout_kept;
    result->header.stderr_length = stderr_kept;
    result->header.truncated_bytes = (stdout_length - stdout_kept) + (stderr_length - stderr_kept);
    __atomic_store_n(&result->header.status, status, __ATOMIC_RELEASE);
}
