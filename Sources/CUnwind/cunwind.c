// Remote unwinding through libunwind-ptrace's accessors.
#include "CUnwind.h"
#include <stddef.h>
#include <libunwind-ptrace.h>

int cunwind_backtrace(pid_t tid, uint64_t *instruction_pointers, int capacity) {
    unw_addr_space_t space = unw_create_addr_space(&_UPT_accessors, 0);
    if (space == NULL) return -1;
    void *context = _UPT_create(tid);
    if (context == NULL) { unw_destroy_addr_space(space); return -1; }
    unw_cursor_t cursor;
    int count = -1;
    if (unw_init_remote(&cursor, space, context) == 0) {
        count = 0;
        do {
            unw_word_t ip;
            if (unw_get_reg(&cursor, UNW_REG_IP, &ip) < 0) break;
            instruction_pointers[count++] = ip;
        } while (count < capacity && unw_step(&cursor) > 0);
    }
    _UPT_destroy(context);
    unw_destroy_addr_space(space);
    return count;
}
