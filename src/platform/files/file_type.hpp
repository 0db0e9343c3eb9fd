// What an uploaded file is, told by its CONTENT (magic bytes and, for Office files, their inner
// structure), never by its name or the Content-Type the browser sent: a PDF renamed "scan.jpg" is
// a PDF, and a program renamed "report.pdf" is refused.
//
// Accepted: PDF, PNG, JPEG, GIF, WebP, Word/Excel/PowerPoint (OOXML .docx/.xlsx/.pptx and the
// legacy OLE2 .doc/.xls/.ppt) and plain UTF-8 text. Everything else is refused, including
// macro-enabled OOXML files (a vbaProject.bin part), other OLE2 files (installers, Outlook
// messages) and ZIP archives that are not Office documents.
//
// Pure functions, safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "platform/error/error.hpp"

namespace pao::files {

enum class FileType { pdf, png, jpeg, gif, webp, docx, xlsx, pptx, doc, xls, ppt, text };

// The type of `bytes`, or nullopt when it is none of the accepted ones (or empty).
std::optional<FileType> detect_file_type(std::string_view bytes);

// "application/pdf", "image/png", …, "text/plain; charset=utf-8": what the file is served as.
std::string_view mime_of(FileType t);
// The inverse of mime_of (for stored rows); nullopt for anything else.
std::optional<FileType> file_type_of_mime(std::string_view mime);
// The extension a saved copy should carry, without the dot: "pdf", "jpg", "docx", "txt" …
std::string_view canonical_extension(FileType t);
// Whether `ext` (lower case, no dot) suits `t`: "jpeg" and "jpg" suit JPEG; "csv" and "log" suit
// text. Used to give a download an extension that opens it with the right program.
bool extension_suits(FileType t, std::string_view ext);
// Images and PDF: what a browser may show in its own tab rather than save.
bool shown_inline(FileType t);

// The error for a refused type, naming the form field (default "file"), listing what is accepted.
Error unsupported_file_error(const std::string& field = "file");

}  // namespace pao::files
