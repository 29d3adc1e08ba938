# Warnings and sanitizers as INTERFACE targets, linked PRIVATE by our own targets only.
add_library(claimdiff_warnings INTERFACE)
target_compile_options(claimdiff_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion>
  # GCC 12 reports -Wrestrict inside libstdc++'s std::string operator+ (GCC bug 105329).
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>
  $<$<AND:$<BOOL:${CLAIMDIFF_WERROR}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>)

add_library(claimdiff_sanitize INTERFACE)
if(CLAIMDIFF_SANITIZE)
  list(JOIN CLAIMDIFF_SANITIZE "," _claimdiff_sanitizers)
  # -fno-sanitize-recover: undefined behaviour stops the run like an ASan report, so a test or a fuzz
  # target cannot pass with a finding printed on its stderr.
  target_compile_options(claimdiff_sanitize INTERFACE -fsanitize=${_claimdiff_sanitizers} -fno-omit-frame-pointer
                         -fno-sanitize-recover=all)
  target_link_options(claimdiff_sanitize INTERFACE -fsanitize=${_claimdiff_sanitizers})
endif()
# Fuzzing: coverage instrumentation for everything our targets compile; fuzz/ links -fsanitize=fuzzer.
if(CLAIMDIFF_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CLAIMDIFF_FUZZ needs clang (libFuzzer), e.g. CXX=clang++-14")
  endif()
  target_compile_options(claimdiff_sanitize INTERFACE -fsanitize=fuzzer-no-link)
endif()
