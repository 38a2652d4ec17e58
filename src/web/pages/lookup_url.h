// The absolute address of a dossier's public lookup page (/tra-cuu/{code}), printed as Mẫu 01's QR code.
// The base is, in order: the store setting "site.public_url" when it holds a valid http(s) origin (an
// administrator's choice wins, e.g. behind a reverse proxy), else the request's Host header when it is a
// syntactically valid host[:port] (scheme https when the install uses secure cookies, else http). A Host
// that is not a plain host name, IPv4 or bracketed IPv6 address with an optional port is never printed:
// without a configured base the receipt is then refused with a Vietnamese message. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace motcua::web::pages {

inline constexpr std::string_view kPublicUrlSetting = "site.public_url";

// True for "motcua.example.vn", "localhost:8080", "10.0.0.5", "[::1]:8080": DNS labels of letters, digits
// and '-' (not at a label's ends) joined by dots, or an IPv6 literal in brackets, then ":port" (1-65535).
bool IsValidHostHeader(std::string_view host);
// "https://motcua.example.vn" or "http://10.0.0.5:8080/motcua" (no trailing '/', no query or fragment)
// normalised without its trailing '/'; nullopt when `url` is not such an http(s) URL.
std::optional<std::string> NormalisePublicBase(std::string_view url);

// The lookup URL of `code`: `configured` base (the setting's value, "" when unset) if valid, else from
// `host_header` with `secure`; InvalidArgument when neither can be used.
Result<std::string> LookupUrl(std::string_view code, std::string_view configured,
                              std::optional<std::string_view> host_header, bool secure);

}  // namespace motcua::web::pages
