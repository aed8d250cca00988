// Section lookup through libelf, so stripped and PIE binaries are handled by the library.
#include "CElf.h"
#include <libelf.h>
#include <gelf.h>
#include <string.h>

int celf_find_section(int fd, const char *section_name, uint64_t *address, uint64_t *size, uint64_t *file_offset) {
    if (elf_version(EV_CURRENT) == EV_NONE) return -1;
    Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
    if (elf == NULL) return -1;
    size_t names_index;
    int result = -1;
    if (elf_kind(elf) == ELF_K_ELF && elf_getshdrstrndx(elf, &names_index) == 0) {
        Elf_Scn *section = NULL;
        while ((section = elf_nextscn(elf, section)) != NULL) {
            GElf_Shdr header;
            if (gelf_getshdr(section, &header) == NULL) continue;
            const char *name = elf_strptr(elf, names_index, header.sh_name);
            if (name != NULL && strcmp(name, section_name) == 0) {
                *address = header.sh_addr;
                *size = header.sh_size;
                *file_offset = header.sh_offset;
                result = 0;
                break;
            }
        }
    }
    elf_end(elf);
    return result;
}
