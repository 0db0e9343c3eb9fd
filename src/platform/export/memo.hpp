// The Thai official memo (บันทึกข้อความ), the internal letter of the Regulation of the Office of the
// Prime Minister on Correspondence B.E. 2526 (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ
// พ.ศ. ๒๕๒๖), laid out as offices print it from the standard template:
//
//   [emblem area]             บันทึกข้อความ                  (29 pt bold, centred)
//   ส่วนราชการ  กองคลัง องค์การบริหารส่วนจังหวัดลำพูน โทร. ...    (labels 20 pt bold, text 16 pt,
//   ที่  ลพ 51000/123            วันที่  25 พฤศจิกายน 2569       dotted lines as on the form)
//   เรื่อง  ขออนุมัติ...
//   เรียน  นายกองค์การบริหารส่วนจังหวัดลำพูน
//             body paragraph, first line indented 2.5 cm ...
//                                    (นายสมชาย ใจดี)
//                                 ผู้อำนวยการกองคลัง
//
// A4, margins 3 cm left, 2 cm right, 2 cm bottom; the first page starts 1.5 cm from the top (the
// emblem's place), later pages 2.5 cm, numbered "- ๒ -" at the top centre from the second page.
// Text is 16 pt Laksaman (metric-compatible with TH Sarabun PSK).
//
// The Garuda emblem (ตราครุฑ, 1.5 cm high, top left) is drawn from the PNG the deployment
// configures (Memo::emblem_png); pao does not ship the image (ADR 0004). Without one its area is
// left empty, for paper with the emblem pre-printed or a stamp.
#pragma once

#include <string>
#include <vector>

#include "platform/time/thai_date.hpp"

namespace pao::exports {

struct Memo {
  std::string agency;  // ส่วนราชการ: the writing unit, e.g. "กองคลัง อบจ.ลำพูน โทร. 0 5351 1000"
  std::string reference;  // ที่: the unit's letter code and number, e.g. "ลพ 51000/123"
  Date date;  // วันที่: written in full with the B.E. year, "25 พฤศจิกายน 2569"
  std::string subject;  // เรื่อง
  std::string to;  // เรียน: the addressee's position, e.g. "นายกองค์การบริหารส่วนจังหวัดลำพูน"
  std::vector<std::string> body;  // paragraphs, each indented 2.5 cm on its first line
  std::string signer_name;        // shown in parentheses under the space for the signature
  std::string signer_position;  // under the name; "\n" separates lines (e.g. ปฏิบัติราชการแทน …)
  // kThai writes every digit of the memo (reference, date, body, page numbers) in Thai digits,
  // as many offices do; Digits::arabic leaves them as typed.
  Digits digits = Digits::arabic;
  // The Garuda emblem as a PNG file (see png_size), drawn 1.5 cm high at the top left; empty:
  // the area is left blank.
  std::string emblem_png;
};

// The memo as a PDF file (see PdfDocument for fonts, shaping and memory). Throws what PdfDocument
// throws: std::runtime_error when the font is missing.
std::string render_memo_pdf(const Memo& memo);

}  // namespace pao::exports
