#include "web/pages/lookup_url.h"

#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsHexDigit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// A DNS name or dotted IPv4: labels of 1-63 letters, digits or '-', '-' not first or last; at most 253.
bool IsHostName(std::string_view name) {
  if (name.empty() || name.size() > 253) return false;
  size_t start = 0;
  while (true) {
    const size_t dot = name.find('.', start);
    const std::string_view label =
        name.substr(start, dot == std::string_view::npos ? name.npos : dot - start);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    for (char c : label) {
      if (!IsAsciiAlnum(c) && c != '-') return false;
    }
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

// "[::1]", "[2001:db8::5]": hex digits, ':' and '.' (an embedded IPv4) between brackets.
bool IsBracketedIpv6(std::string_view text) {
  if (text.size() < 4 || text.size() > 47 || text.front() != '[' || text.back() != ']') return false;
  int colons = 0;
  for (char c : text.substr(1, text.size() - 2)) {
    if (c == ':') {
      ++colons;
    } else if (!IsHexDigit(c) && c != '.') {
      return false;
    }
  }
  return colons >= 2;
}

bool IsPort(std::string_view text) {
  if (text.empty() || text.size() > 5) return false;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return value >= 1 && value <= 65535;
}

}  // namespace

bool IsValidHostHeader(std::string_view host) {
  if (host.empty()) return false;
  std::string_view name = host;
  std::string_view port;
  if (host.front() == '[') {
    const size_t close = host.find(']');
    if (close == std::string_view::npos) return false;
    name = host.substr(0, close + 1);
    const std::string_view rest = host.substr(close + 1);
    if (!rest.empty()) {
      if (rest.front() != ':') return false;
      port = rest.substr(1);
      if (!IsPort(port)) return false;
    }
    return IsBracketedIpv6(name);
  }
  const size_t colon = host.find(':');
  if (colon != std::string_view::npos) {
    name = host.substr(0, colon);
    port = host.substr(colon + 1);
    if (!IsPort(port)) return false;
  }
  return IsHostName(name);
}

std::optional<std::string> NormalisePublicBase(std::string_view url) {
  std::string_view rest;
  std::string scheme;
  if (url.starts_with("https://")) {
    scheme = "https://";
  } else if (url.starts_with("http://")) {
    scheme = "http://";
  } else {
    return std::nullopt;
  }
  rest = url.substr(scheme.size());
  const size_t slash = rest.find('/');
  const std::string_view host = rest.substr(0, slash);
  std::string_view path = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
  if (!IsValidHostHeader(host)) return std::nullopt;
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  for (char c : path) {
    // A plain path prefix only: letters, digits and - . _ ~ /.
    if (!IsAsciiAlnum(c) && c != '-' && c != '.' && c != '_' && c != '~' && c != '/') return std::nullopt;
  }
  if (path.find("//") != std::string_view::npos) return std::nullopt;
  return scheme + std::string(host) + std::string(path);
}

Result<std::string> LookupUrl(std::string_view code, std::string_view configured,
                              std::optional<std::string_view> host_header, bool secure) {
  const std::string path = "/tra-cuu/" + PercentEncode(code);
  if (!configured.empty()) {
    if (auto base = NormalisePublicBase(configured)) return *base + path;
  }
  if (host_header && IsValidHostHeader(*host_header)) {
    return std::string(secure ? "https://" : "http://") + std::string(*host_header) + path;
  }
  return Status::InvalidArgument(
      "no valid public base for the lookup URL (setting " + std::string(kPublicUrlSetting) +
          " unset or invalid, Host header missing or invalid)",
      "Không xác định được địa chỉ trang tra cứu để in mã QR: địa chỉ máy chủ trong yêu cầu không hợp lệ và "
      "chưa cấu hình địa chỉ công khai (site.public_url). Vui lòng mở trang bằng tên miền của hệ thống hoặc "
      "liên hệ quản trị.");
}

}  // namespace motcua::web::pages
