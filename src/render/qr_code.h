// QR codes for receipts: the payload (a lookup URL) encoded with libqrencode at error-correction level M,
// as a square module matrix that the renderers draw as vector squares. Pure; thread-safe (libqrencode is
// built thread-safe on Debian).
#pragma once

#include <string_view>
#include <vector>

#include "base/result.h"

namespace motcua::render {

struct QrMatrix {
  int size = 0;            // modules per side, without the quiet zone
  std::vector<bool> dark;  // row-major, size * size
  bool At(int row, int column) const { return dark[static_cast<size_t>(row) * size + column]; }
};

// The 4-module quiet zone the standard asks for around the symbol; renderers leave it white.
inline constexpr int kQrQuietZoneModules = 4;

// Encodes `payload` as 8-bit bytes. InvalidArgument when it is empty or too long for a QR code.
Result<QrMatrix> EncodeQr(std::string_view payload);

}  // namespace motcua::render
