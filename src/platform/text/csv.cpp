#include "platform/text/csv.hpp"

namespace pao::text {

Result<std::vector<CsvRow>> parse_csv(std::string_view text) {
  if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
  std::vector<CsvRow> rows;
  CsvRow row;
  std::string field;
  bool quoted = false;
  bool field_started = false;
  int line = 1;
  int quote_line = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field.push_back(c);
      }
      continue;
    }
    switch (c) {
      case '"':
        quoted = true;
        field_started = true;
        quote_line = line;
        break;
      case ',':
        row.push_back(std::move(field));
        field.clear();
        field_started = true;
        break;
      case '\r':
        break;
      case '\n':
        ++line;
        if (field_started || !field.empty() || !row.empty()) {
          row.push_back(std::move(field));
          rows.push_back(std::move(row));
        }
        field.clear();
        row.clear();
        field_started = false;
        break;
      default:
        field.push_back(c);
        field_started = true;
    }
  }
  if (quoted) {
    return Error::invalid({"ไฟล์ CSV มีเครื่องหมายคำพูดที่ไม่ปิด ที่บรรทัด " + std::to_string(quote_line),
                           "CSV has an unclosed quote at line " + std::to_string(quote_line)});
  }
  if (field_started || !field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string to_csv_line(const CsvRow& row) {
  std::string out;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) out.push_back(',');
    const std::string& f = row[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out += f;
      continue;
    }
    out.push_back('"');
    for (char c : f) {
      if (c == '"') out.push_back('"');
      out.push_back(c);
    }
    out.push_back('"');
  }
  out += "\r\n";
  return out;
}

}  // namespace pao::text
