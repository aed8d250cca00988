// Thin libelf wrapper: find a named section in an ELF file.
#ifndef CELF_H
#define CELF_H
#include <stdint.h>

/// Looks up `section_name` in the ELF file open on `fd`. On success stores the section's
/// virtual address, size and offset in the file and returns 0; returns -1 when the file is not
/// ELF or has no such section.
int celf_find_section(int fd, const char *section_name, uint64_t *address, uint64_t *size, uint64_t *file_offset);
#endif
