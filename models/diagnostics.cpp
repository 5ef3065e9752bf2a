#include "models/diagnostics.hpp"

#include <sstream>

namespace gwp::model {

namespace {

// Control characters written as \xNN: a key or value from a case ("\u001b[2J" is a valid TOML
// string) must not clear or retitle the terminal, or split one problem over two lines.
std::string escape_controls(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += ch;
    }
  }
  return out;
}

}  // namespace

std::string Diagnostic::format() const {
  std::ostringstream s;
  s << (where.file.empty() ? "<case>" : where.file) << ':' << where.line << ':' << where.column << ": ";
  if (!where.key.empty()) s << where.key << ": ";
  s << message;
  return escape_controls(s.str());
}

void Diagnostics::add(const Location& where, std::string message) {
  items_.push_back(Diagnostic{where, std::move(message)});
}

void Diagnostics::throw_if_any() const {
  if (!items_.empty()) throw InputError(items_);
}

namespace {
std::string join(const std::vector<Diagnostic>& problems) {
  std::string out;
  for (const auto& p : problems) {
    if (!out.empty()) out += '\n';
    out += p.format();
  }
  return out;
}
}  // namespace

InputError::InputError(std::vector<Diagnostic> ps) : std::runtime_error(join(ps)), problems(std::move(ps)) {}

}  // namespace gwp::model
