// multipart/form-data bodies (RFC 7578): what a browser sends for a form with
// enctype="multipart/form-data", the only way an HTML form uploads a file without JavaScript.
//
// The whole body is already in memory (the route's body limit bounds it, see router.hpp), so
// parsing is a single pass over a string_view. Request::form() and Request::files() call this;
// handlers rarely need it directly.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pao::http {

// One part of the body: a text field, or a file from <input type="file">.
struct FormPart {
  std::string name;          // the field's name
  bool file = false;         // the part had a filename parameter (an <input type="file">)
  std::string filename;      // as the browser sent it, without any directory; "" if none chosen
  std::string content_type;  // as the browser claimed it: never trust it for what a file is
  std::string data;          // the bytes
};

// The boundary parameter of a "multipart/form-data; boundary=…" Content-Type, or nullopt when
// the type is another or the boundary is missing or longer than RFC 2046's 70 characters.
std::optional<std::string> multipart_boundary(std::string_view content_type);

// The parts of `body`, in order, or nullopt when it is not well-formed multipart with this
// boundary (no closing delimiter, a part without Content-Disposition: form-data and a name, or
// more than `max_parts` parts).
std::optional<std::vector<FormPart>> parse_multipart(std::string_view body,
                                                     std::string_view boundary,
                                                     std::size_t max_parts = 1000);

}  // namespace pao::http
