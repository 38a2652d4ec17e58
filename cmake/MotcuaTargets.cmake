# Helpers that give every MotCua target the same flags.
#   motcua_library(name SOURCES ... DEPS ...)   a static library rooted at src/
#   motcua_test(name SOURCES ... DEPS ...)      a GoogleTest binary registered with ctest
#   motcua_benchmark(name SOURCES ... DEPS ...) a Google Benchmark binary (not a test)

add_library(motcua_flags INTERFACE)
target_include_directories(motcua_flags INTERFACE ${PROJECT_SOURCE_DIR}/src)
target_compile_options(motcua_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                              -Wold-style-cast -Wcast-align -Woverloaded-virtual)
if(MOTCUA_WERROR)
  target_compile_options(motcua_flags INTERFACE -Werror)
endif()
if(MOTCUA_SANITIZE)
  target_compile_options(motcua_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                -fno-sanitize-recover=all)
  target_link_options(motcua_flags INTERFACE -fsanitize=address,undefined)
endif()
if(MOTCUA_FUZZ)
  target_compile_options(motcua_flags INTERFACE -fsanitize=fuzzer-no-link,address,undefined)
  target_link_options(motcua_flags INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(motcua_flags INTERFACE MOTCUA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

function(motcua_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_link_libraries(${name} PUBLIC motcua_flags ${ARG_DEPS})
endfunction()

function(motcua_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE motcua_flags ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main)
  target_precompile_headers(${name} PRIVATE <gtest/gtest.h> <string> <vector>)
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                                          ENVIRONMENT "MOTCUA_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
  if(ARG_LABELS)
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
  endif()
endfunction()

function(motcua_benchmark name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE motcua_flags ${ARG_DEPS} benchmark::benchmark benchmark::benchmark_main)
endfunction()

# motcua_data: every file under data/ compiled in (see src/base/embedded_files.h). The glob is re-checked at
# each build so a new data file is picked up without re-running cmake by hand.
function(motcua_embed_data)
  file(GLOB_RECURSE data_files CONFIGURE_DEPENDS RELATIVE "${PROJECT_SOURCE_DIR}/data" "${PROJECT_SOURCE_DIR}/data/*")
  list(FILTER data_files EXCLUDE REGEX "(^|/)\\.|README")
  list(SORT data_files)
  set(abs_files "")
  foreach(rel IN LISTS data_files)
    list(APPEND abs_files "${PROJECT_SOURCE_DIR}/data/${rel}")
  endforeach()
  string(REPLACE ";" "|" joined "${data_files}")
  set(out "${PROJECT_BINARY_DIR}/generated/embedded_data.cc")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DROOT=${PROJECT_SOURCE_DIR}/data "-DFILES=${joined}" -DOUTPUT=${out}
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
    DEPENDS ${abs_files} ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
    COMMENT "Embedding data/"
    VERBATIM)
  add_library(motcua_data STATIC "${out}" "${PROJECT_SOURCE_DIR}/src/base/embedded_files.cc")
  target_link_libraries(motcua_data PUBLIC motcua_flags)
endfunction()
