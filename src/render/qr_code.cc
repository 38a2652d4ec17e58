#include "render/qr_code.h"

#include <qrencode.h>

#include <string>

namespace motcua::render {

Result<QrMatrix> EncodeQr(std::string_view payload) {
  if (payload.empty()) {
    return Status::InvalidArgument("empty QR payload", "Nội dung mã QR không được để trống.");
  }
  // QRencode_encodeData takes raw bytes (no NUL terminator needed, and a NUL inside is kept).
  QRcode* code = QRcode_encodeData(static_cast<int>(payload.size()),
                                   reinterpret_cast<const unsigned char*>(payload.data()), 0, QR_ECLEVEL_M);
  if (code == nullptr) {
    return Status::InvalidArgument(
        "QR payload of " + std::to_string(payload.size()) + " bytes cannot be encoded",
        "Nội dung mã QR quá dài.");
  }
  QrMatrix matrix;
  matrix.size = code->width;
  matrix.dark.resize(static_cast<size_t>(code->width) * code->width);
  for (size_t i = 0; i < matrix.dark.size(); ++i) matrix.dark[i] = (code->data[i] & 1) != 0;
  QRcode_free(code);
  return matrix;
}

}  // namespace motcua::render
