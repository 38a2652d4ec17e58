#include "dossier/dossier.h"

#include <string>

namespace motcua {
namespace {

Status UnknownId(std::string_view what, std::string_view value, std::string_view allowed) {
  std::string log = "unknown ";
  log.append(what).append(" '").append(value.substr(0, 64)).append("' (").append(allowed).append(")");
  std::string user = "Giá trị không hợp lệ: '";
  user.append(value.substr(0, 64)).append("' (").append(allowed).append(").");
  return Status::InvalidArgument(std::move(log), std::move(user));
}

}  // namespace

const Pause* OpenPause(const Dossier& dossier) {
  if (!dossier.pauses.empty() && !dossier.pauses.back().end) return &dossier.pauses.back();
  return nullptr;
}

std::vector<TimeInterval> ClosedPauseIntervals(const Dossier& dossier) {
  std::vector<TimeInterval> out;
  for (const Pause& p : dossier.pauses) {
    if (p.end) out.push_back(TimeInterval{p.start, *p.end});
  }
  return out;
}

std::string_view ChannelId(Channel channel) {
  switch (channel) {
    case Channel::kDirect:
      return "direct";
    case Channel::kOnline:
      return "online";
    case Channel::kPostal:
      return "postal";
  }
  return "direct";
}

std::string_view ChannelNameVi(Channel channel) {
  switch (channel) {
    case Channel::kDirect:
      return "Trực tiếp";
    case Channel::kOnline:
      return "Trực tuyến";
    case Channel::kPostal:
      return "Qua dịch vụ bưu chính công ích";
  }
  return "Trực tiếp";
}

Result<Channel> ParseChannelId(std::string_view id) {
  for (Channel c : {Channel::kDirect, Channel::kOnline, Channel::kPostal}) {
    if (ChannelId(c) == id) return c;
  }
  return UnknownId("channel", id, "direct, online, postal");
}

std::string_view ApplicantKindId(ApplicantKind kind) {
  return kind == ApplicantKind::kOrganisation ? "organisation" : "person";
}

Result<ApplicantKind> ParseApplicantKindId(std::string_view id) {
  if (id == "person") return ApplicantKind::kPerson;
  if (id == "organisation") return ApplicantKind::kOrganisation;
  return UnknownId("applicant kind", id, "person, organisation");
}

std::string_view ReturnMethodId(ReturnMethod method) {
  switch (method) {
    case ReturnMethod::kAtDesk:
      return "desk";
    case ReturnMethod::kByPost:
      return "post";
    case ReturnMethod::kElectronic:
      return "electronic";
  }
  return "desk";
}

std::string_view ReturnMethodNameVi(ReturnMethod method) {
  switch (method) {
    case ReturnMethod::kAtDesk:
      return "Trực tiếp tại Bộ phận Một cửa";
    case ReturnMethod::kByPost:
      return "Qua dịch vụ bưu chính công ích";
    case ReturnMethod::kElectronic:
      return "Trực tuyến (bản điện tử)";
  }
  return "Trực tiếp tại Bộ phận Một cửa";
}

Result<ReturnMethod> ParseReturnMethodId(std::string_view id) {
  for (ReturnMethod m : {ReturnMethod::kAtDesk, ReturnMethod::kByPost, ReturnMethod::kElectronic}) {
    if (ReturnMethodId(m) == id) return m;
  }
  return UnknownId("return method", id, "desk, post, electronic");
}

std::string_view ResolutionKindId(ResolutionKind kind) {
  return kind == ResolutionKind::kRefused ? "refused" : "result";
}

std::string_view ClosureKindId(ClosureKind kind) {
  switch (kind) {
    case ClosureKind::kRefusedAtDesk:
      return "refused_at_desk";
    case ClosureKind::kWithdrawn:
      return "withdrawn";
    case ClosureKind::kStopped:
      return "stopped";
  }
  return "withdrawn";
}

}  // namespace motcua
