// The display name of an uploaded file. The name is kept only to show to people and to offer on download;
// it never becomes part of a path (FileVault names files by their SHA-256). Still, a name that carries a
// path is refused rather than cut down to its last component: browsers send the base name alone (the HTML
// standard's "filename" of a file input), so "../../etc/passwd" or "C:\x\y.pdf" means a hand-made request
// or a broken client, and saying so plainly is better than guessing what was meant.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace motcua {

inline constexpr size_t kMaxFileNameBytes = 255;  // the common file-system limit for one name

// Returns `raw` in NFC with leading spaces and trailing spaces and dots removed (Windows drops those, so
// "x.exe." is "x.exe"). Vietnamese letters and every other printable character are kept. InvalidArgument,
// with a Vietnamese message that does not echo the name, when the name:
//  - is not valid UTF-8, or is empty after trimming ("", "   ", ".", "..");
//  - holds a path separator or drive/stream colon ('/', '\', ':');
//  - holds a control character (U+0000-U+001F, U+007F-U+009F, NUL included) or a bidirectional-text control
//    (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) that could disguise the extension ("hoadon<RLO>fdp.exe");
//  - is longer than 255 bytes in UTF-8 after normalisation.
Result<std::string> SanitizeFileName(std::string_view raw);

}  // namespace motcua
