// SwiftPM links every executable target with `main` renamed to `<Module>_main` (so tests can link executables),
// which hides libFuzzer's own `main`. These functions are those entry points: each runs libFuzzer's driver on the
// executable's `LLVMFuzzerTestOneInput`, written in Swift. Only the one of the executable being linked is used.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ENTRY(name) \
  int name(int argc, char **argv) { return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput); }

FUZZ_ENTRY(FuzzData_main)
FUZZ_ENTRY(FuzzTemplate_main)
FUZZ_ENTRY(FuzzOutline_main)
FUZZ_ENTRY(FuzzLint_main)
FUZZ_ENTRY(FuzzCompare_main)
FUZZ_ENTRY(FuzzInduce_main)
