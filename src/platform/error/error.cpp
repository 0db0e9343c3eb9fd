#include "platform/error/error.hpp"

namespace pao {

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_argument:
      return "invalid_argument";
    case ErrorCode::not_found:
      return "not_found";
    case ErrorCode::conflict:
      return "conflict";
    case ErrorCode::unauthenticated:
      return "unauthenticated";
    case ErrorCode::permission_denied:
      return "permission_denied";
    case ErrorCode::too_large:
      return "too_large";
    case ErrorCode::rate_limited:
      return "rate_limited";
    case ErrorCode::unavailable:
      return "unavailable";
    case ErrorCode::internal:
      return "internal";
  }
  return "internal";
}

int http_status_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_argument:
      return 400;
    case ErrorCode::not_found:
      return 404;
    case ErrorCode::conflict:
      return 409;
    case ErrorCode::unauthenticated:
      return 401;
    case ErrorCode::permission_denied:
      return 403;
    case ErrorCode::too_large:
      return 413;
    case ErrorCode::rate_limited:
      return 429;
    case ErrorCode::unavailable:
      return 503;
    case ErrorCode::internal:
      return 500;
  }
  return 500;
}

Error Error::unavailable(std::string internal_detail) {
  return {ErrorCode::unavailable,
          {"ระบบไม่พร้อมให้บริการชั่วคราว กรุณาลองใหม่อีกครั้ง",
           "The service is temporarily unavailable. Please try again."},
          {},
          std::move(internal_detail)};
}

Error Error::internal_error(std::string internal_detail) {
  return {ErrorCode::internal,
          {"เกิดข้อผิดพลาดภายในระบบ เจ้าหน้าที่ได้รับแจ้งแล้ว",
           "Something went wrong on our side. The IT team has been notified."},
          {},
          std::move(internal_detail)};
}

Error FieldErrors::to_error() const {
  Error e = Error::invalid(
      {"ข้อมูลที่ส่งมาไม่ถูกต้อง โปรดแก้ไขช่องที่ระบุ", "Some fields are not valid. Please correct them."});
  e.fields = fields_;
  return e;
}

}  // namespace pao
