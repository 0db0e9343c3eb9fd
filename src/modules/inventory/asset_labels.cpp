#include "modules/inventory/asset_labels.hpp"

#include <qrencode.h>
#include <zlib.h>

#include <cstdio>
#include <memory>
#include <stdexcept>

namespace pao::inventory {

namespace {

constexpr double kMm = 72.0 / 25.4;  // points per millimetre
constexpr double kPageW = 210 * kMm;
constexpr double kPageH = 297 * kMm;
constexpr int kColumns = 3;
constexpr int kRows = 8;
constexpr double kLabelW = 70 * kMm;
constexpr double kLabelH = 37 * kMm;
constexpr double kTopMargin = (297 - 8 * 37) / 2.0 * kMm;
constexpr double kQrSize = 28 * kMm;

std::string ascii(const std::string& s, std::size_t max) {
  std::string out;
  for (const char c : s) {
    if (c >= 0x20 && c < 0x7f) out += (c == '(' || c == ')' || c == '\\') ? ' ' : c;
    if (out.size() >= max) break;
  }
  return out;
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

// The drawing of one page: each label's QR modules as filled squares, then its two lines.
std::string page_content(const std::vector<AssetLabel>& labels, std::size_t first) {
  std::string s;
  for (std::size_t i = 0;
       i < static_cast<std::size_t>(kLabelsPerSheet) && first + i < labels.size(); ++i) {
    const auto& l = labels[first + i];
    const int col = static_cast<int>(i) % kColumns;
    const int row = static_cast<int>(i) / kColumns;
    const double x0 = col * kLabelW;
    const double top = kPageH - kTopMargin - row * kLabelH;
    const auto modules = qr_modules(l.link);
    const double cell = kQrSize / static_cast<double>(modules.size());
    const double qx = x0 + 4 * kMm;
    const double qy = top - 4.5 * kMm;  // the QR's top edge
    s += "0 g\n";
    for (std::size_t y = 0; y < modules.size(); ++y) {
      for (std::size_t x = 0; x < modules[y].size();) {  // one rectangle per run of dark modules
        if (!modules[y][x]) {
          ++x;
          continue;
        }
        std::size_t run = 1;
        while (x + run < modules[y].size() && modules[y][x + run]) ++run;
        s += num(qx + static_cast<double>(x) * cell) + " " +
             num(qy - static_cast<double>(y + 1) * cell) + " " +
             num(static_cast<double>(run) * cell + 0.01) + " " + num(cell + 0.01) + " re\n";
        x += run;
      }
    }
    s += "f\n";
    const double tx = qx + kQrSize + 3 * kMm;
    s += "BT /F2 12 Tf " + num(tx) + " " + num(top - 12 * kMm) + " Td (" + ascii(l.asset_no, 20) +
         ") Tj ET\n";
    s += "BT /F1 8 Tf " + num(tx) + " " + num(top - 18 * kMm) + " Td (" + ascii(l.caption, 24) +
         ") Tj ET\n";
  }
  return s;
}

// A content stream compressed for /FlateDecode (zlib).
std::string deflated(const std::string& content) {
  uLongf size = compressBound(static_cast<uLong>(content.size()));
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                reinterpret_cast<const Bytef*>(content.data()), static_cast<uLong>(content.size()),
                Z_BEST_COMPRESSION) != Z_OK) {
    throw std::runtime_error("labels: cannot compress a page");
  }
  out.resize(size);
  return out;
}

}  // namespace

std::vector<std::vector<bool>> qr_modules(const std::string& text) {
  std::unique_ptr<QRcode, void (*)(QRcode*)> code(
      QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), QRcode_free);
  if (!code) throw std::runtime_error("QR code: cannot encode the label's link");
  const int w = code->width;
  std::vector<std::vector<bool>> out(static_cast<std::size_t>(w),
                                     std::vector<bool>(static_cast<std::size_t>(w)));
  for (int y = 0; y < w; ++y) {
    for (int x = 0; x < w; ++x) {
      out[static_cast<std::size_t>(y)][static_cast<std::size_t>(x)] =
          (code->data[y * w + x] & 1) != 0;
    }
  }
  return out;
}

std::string asset_label_sheet(const std::vector<AssetLabel>& labels) {
  std::vector<std::string> objects;  // object n+1 at index n
  const std::size_t pages =
      labels.empty() ? 1 : (labels.size() + kLabelsPerSheet - 1) / kLabelsPerSheet;
  // 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, then (page, content) pairs.
  std::string kids;
  for (std::size_t p = 0; p < pages; ++p) kids += std::to_string(5 + 2 * p) + " 0 R ";
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>");
  for (std::size_t p = 0; p < pages; ++p) {
    const std::string content = deflated(page_content(labels, p * kLabelsPerSheet));
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(kPageW) + " " +
                      num(kPageH) + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> " +
                      "/Contents " + std::to_string(6 + 2 * p) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(content.size()) +
                      " /Filter /FlateDecode >>\nstream\n" + content + "\nendstream");
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const auto off : offsets) {
    char line[24];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace pao::inventory
