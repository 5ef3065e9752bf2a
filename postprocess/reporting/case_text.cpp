#include "postprocess/reporting/case_text.hpp"

#include <cctype>
#include <charconv>
#include <cstdlib>
#include <system_error>

namespace gwp::reporting {

namespace {

constexpr std::size_t kLongDigits = 15;  // a number printed with this many digits may be a long form

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'; }

// The length of a float token at `at`: [+-]digits.digits[e[+-]digits], or 0.
std::size_t float_length(const std::string& s, std::size_t at) {
  std::size_t i = at;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  const std::size_t int_start = i;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == int_start || i >= s.size() || s[i] != '.') return 0;
  ++i;
  const std::size_t frac_start = i;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == frac_start) return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    std::size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    const std::size_t exp_start = j;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
    if (j == exp_start) return 0;
    i = j;
  }
  // A part of a longer word (a bare key such as a.1.2, a date-time) is not a number.
  if (i < s.size() && is_word_char(s[i])) return 0;
  return i - at;
}

std::size_t significant_digits(const std::string& token) {
  std::size_t digits = 0;
  bool leading = true;
  for (char c : token) {
    if (c == 'e' || c == 'E') break;
    if (!std::isdigit(static_cast<unsigned char>(c))) continue;
    if (leading && c == '0') continue;
    leading = false;
    ++digits;
  }
  return digits;
}

std::string shortest(const std::string& token) {
  const double value = std::strtod(token.c_str(), nullptr);
  char buffer[64];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (error != std::errc()) return token;
  std::string text(buffer, end);
  if (text.find_first_of(".eEn") == std::string::npos) text += ".0";  // stays a float
  if (token[0] == '+') text = "+" + text;
  return text;
}

}  // namespace

std::string tidy_case_numbers(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  char quote = 0;         // inside a string: its quote character
  bool comment = false;   // inside a comment, to the end of the line
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '\n') comment = false;
    if (comment) {
      out += text[i++];
      continue;
    }
    if (quote != 0) {
      if (c == '\\' && quote == '"' && i + 1 < text.size()) {
        out += text.substr(i, 2);
        i += 2;
        continue;
      }
      if (c == quote) quote = 0;
      out += text[i++];
      continue;
    }
    if (c == '"' || c == '\'') {
      quote = c;
      out += text[i++];
      continue;
    }
    if (c == '#') {
      comment = true;
      out += text[i++];
      continue;
    }
    const bool starts_token = i == 0 || !is_word_char(text[i - 1]);
    if (starts_token) {
      if (const std::size_t n = float_length(text, i); n > 0) {
        const std::string token = text.substr(i, n);
        out += significant_digits(token) >= kLongDigits ? shortest(token) : token;
        i += n;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

}  // namespace gwp::reporting
