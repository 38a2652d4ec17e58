// LeakSanitizer suppressions for test binaries that render PDFs. fontconfig keeps its patterns' element
// arrays behind encoded offsets rather than pointers, so LeakSanitizer cannot see that the fonts a
// configuration loaded are still referenced, and reports them (and the system configuration that FcInit
// parses for cairo) as leaks. Both are allocated once per thread (render/font_config.h) or once per process,
// never per document (the leaked total is the same after one test run and after --gtest_repeat=3). The
// system library is built without frame pointers, so the default fast unwinder stops inside it: the
// suppression has to name the module, not the fontconfig function our code called.
// Compile this file into each such test binary (a static library would drop it: nothing references it).
extern "C" const char* __lsan_default_suppressions() {  // NOLINT: the sanitizer's hook name
  return "leak:libfontconfig.so\n";
}
