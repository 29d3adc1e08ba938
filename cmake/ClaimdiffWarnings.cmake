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
  target_compile_options(claimdiff_sanitize INTERFACE -fsanitize=${_claimdiff_sanitizers} -fno-omit-frame-pointer)
  target_link_options(claimdiff_sanitize INTERFACE -fsanitize=${_claimdiff_sanitizers})
endif()
