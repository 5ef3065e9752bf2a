#include "models/input_text.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace gwp::model {

namespace fs = std::filesystem;

std::optional<std::string> read_text_file(const std::string& path, std::optional<std::uintmax_t> limit,
                                          std::string* problem) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    *problem = "no such file";
    return std::nullopt;
  }
  if (fs::is_directory(status)) {
    *problem = "is a directory, not a file";
    return std::nullopt;
  }
  // A device (/dev/zero), a pipe or a socket could be read for ever.
  if (!fs::is_regular_file(status)) {
    *problem = "is not a regular file (a device, pipe or socket)";
    return std::nullopt;
  }
  const std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && limit && size > *limit) {
    *problem = "is " + std::to_string(size) + " bytes, more than the " + std::to_string(*limit) +
               " a TOML file may have (a case is a few kilobytes: put long lists in CSV or GIS files)";
    return std::nullopt;
  }
  errno = 0;
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) {
    *problem = std::string("cannot be read: ") + std::strerror(errno ? errno : EIO);
    return std::nullopt;
  }
  std::string text;
  if (!ec) text.reserve(static_cast<std::size_t>(size));
  char buffer[65536];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) {
    text.append(buffer, n);
    // The file grew while being read: keep to the limit all the same.
    if (limit && text.size() > *limit) {
      *problem = "is more than the " + std::to_string(*limit) + " bytes a TOML file may have";
      return std::nullopt;
    }
  }
  if (std::ferror(file.get())) {
    *problem = std::string("cannot be read: ") + std::strerror(errno ? errno : EIO);
    return std::nullopt;
  }
  return text;
}

namespace {

bool is_bare_key_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

}  // namespace

std::optional<DeepKey> deep_key(std::string_view text, int deepest) {
  // Chains of key parts joined by dots, outside strings and comments. Numbers (1.5) and
  // fractional seconds make chains of two, which is harmless: only chains longer than `deepest`
  // matter. Columns count UTF-8 characters, as toml++ reports them.
  int line = 1, column = 1;
  int parts = 0;            // of the chain under way
  bool dot_pending = false;  // a dot after a part: the next part extends the chain
  bool in_part = false;      // inside a bare part
  DeepKey start;
  const auto begin_part = [&] {
    if (dot_pending && parts > 0) {
      ++parts;
    } else {
      parts = 1;
      start.line = line;
      start.column = column;
    }
    dot_pending = false;
  };
  const auto other = [&] {  // anything that is not a part, a dot or a blank ends the chain
    parts = 0;
    dot_pending = false;
  };
  std::size_t i = 0;
  const auto advance = [&](std::size_t n) {
    for (std::size_t k = 0; k < n && i < text.size(); ++k, ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        ++column;
      }
    }
  };
  while (i < text.size()) {
    const char c = text[i];
    if (is_bare_key_char(c)) {
      if (!in_part) begin_part();
      in_part = true;
      if (parts > deepest) return DeepKey{start.line, start.column, parts};
      advance(1);
      continue;
    }
    in_part = false;
    if (c == ' ' || c == '\t') {
      advance(1);
      continue;
    }
    if (c == '.') {
      dot_pending = parts > 0;
      if (!dot_pending) other();
      advance(1);
      continue;
    }
    if (c == '#') {  // a comment, to the end of the line
      other();
      while (i < text.size() && text[i] != '\n') advance(1);
      continue;
    }
    if (c == '"' || c == '\'') {
      // A quoted part (or a string value: a chain of one, harmless).
      begin_part();
      if (parts > deepest) return DeepKey{start.line, start.column, parts};
      const bool multi = text.substr(i, 3) == std::string(3, c);
      if (multi) {
        advance(3);
        const std::string close(3, c);
        while (i < text.size() && text.substr(i, 3) != close) advance(c == '"' && text[i] == '\\' ? 2 : 1);
        advance(3);
        other();  // a multi-line string is never a key
      } else {
        advance(1);
        while (i < text.size() && text[i] != c && text[i] != '\n') advance(c == '"' && text[i] == '\\' ? 2 : 1);
        advance(1);
      }
      continue;
    }
    other();
    advance(1);
  }
  return std::nullopt;
}

std::optional<NotText> not_utf8(std::string_view text) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
    bool whole = n > 0 && i + n <= text.size() && c != 0;
    for (std::size_t k = 1; whole && k < n; ++k) whole = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (!whole) return NotText{line, column, c};
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += n;
  }
  return std::nullopt;
}

std::string not_utf8_message(const NotText& where) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const std::string byte = std::string("0x") + kHex[where.byte >> 4] + kHex[where.byte & 0xF];
  return "not UTF-8 text: byte " + byte +
         " here (a binary file, or text saved as GBK or Latin-1: save it as \"CSV UTF-8\")";
}

std::string shown_text(std::string_view text) { return "\"" + printable_text(text) + "\""; }

std::string printable_text(std::string_view text, int most) {
  std::string out;
  int shown = 0;
  const auto escape = [&](unsigned char c) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
  };
  for (std::size_t i = 0; i < text.size(); ++shown) {
    if (shown == most) {
      out += "...";
      break;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) {
      escape(c);
      ++i;
      continue;
    }
    if (c < 0x80) {
      out += char(c);
      ++i;
      continue;
    }
    // A whole UTF-8 character, or its first byte escaped.
    const std::size_t n = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    bool whole = n > 0 && i + n <= text.size();
    for (std::size_t k = 1; whole && k < n; ++k) whole = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (whole) {
      out.append(text.substr(i, n));
      i += n;
    } else {
      escape(c);
      ++i;
    }
  }
  return out;
}

std::optional<toml::table> parse_toml(std::string_view text, const std::string& source, Diagnostics& diagnostics) {
  if (const auto deep = deep_key(text)) {
    diagnostics.add(Location{source, deep->line, deep->column, ""},
                    "a key nested too deep (found " + std::to_string(deep->parts) +
                        " or more parts joined by dots, expected at most " + std::to_string(kDeepestKey) + ")");
    return std::nullopt;
  }
  try {
    return toml::parse(text, std::string_view(source));
  } catch (const toml::parse_error& e) {
    const toml::source_region& where = e.source();
    diagnostics.add(Location{where.path ? *where.path : source, static_cast<int>(where.begin.line),
                             static_cast<int>(where.begin.column), ""},
                    "TOML syntax error: " + std::string(e.description()));
    return std::nullopt;
  }
}

}  // namespace gwp::model
