# Third-party dependencies, all from Debian bookworm packages. Their headers are SYSTEM includes so that
# our -Werror applies to our code only.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(CLI11 REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(PostgreSQL REQUIRED)
find_package(GTest REQUIRED)
find_package(Boost 1.81.0 EXACT REQUIRED CONFIG COMPONENTS url)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(MAGIC REQUIRED IMPORTED_TARGET libmagic)
if(MOTCUA_BENCH)
  find_package(benchmark REQUIRED)
endif()

# Boost headers as SYSTEM so Beast's warnings do not fail our build.
add_library(motcua_boost INTERFACE)
target_include_directories(motcua_boost SYSTEM INTERFACE ${Boost_INCLUDE_DIRS})
target_link_libraries(motcua_boost INTERFACE Boost::url Threads::Threads)
target_compile_definitions(motcua_boost INTERFACE BOOST_ASIO_NO_DEPRECATED BOOST_BEAST_USE_STD_STRING_VIEW)
