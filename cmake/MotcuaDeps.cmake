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

# ---- Document renderers (src/render): PDF over cairo + pango, XLSX, DOCX, QR codes ----
# Pango's fontconfig backend (pangoft2) gives the renderer a private font configuration, so a PDF does not
# depend on the user's fontconfig files (see src/render/font_config.h).
pkg_check_modules(RENDER_PDF REQUIRED IMPORTED_TARGET cairo-pdf pangocairo pangoft2 fontconfig)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)
