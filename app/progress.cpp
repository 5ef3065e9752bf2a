#include "app/progress.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ostream>

namespace gwp::app {

namespace {

std::string two_digits(long n) { return (n < 10 ? "0" : "") + std::to_string(n); }

double steady_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

constexpr int kFallbackColumns = 80;
constexpr int kShortestBar = 10;  // characters between the brackets; below this the bar goes
constexpr int kWidestBar = 40;

}  // namespace

double progress_fraction(const ProgressPlan& plan, const ProgressState& state) {
  if (plan.steps && *plan.steps > 0 && state.step)
    return std::clamp(double(*state.step) / double(*plan.steps), 0.0, 1.0);
  return plan.end > 0.0 ? std::clamp(state.time / plan.end, 0.0, 1.0) : 1.0;
}

std::optional<double> seconds_left(const ProgressPlan& plan, const ProgressState& state) {
  const double f = progress_fraction(plan, state);
  if (f < 0.01) return std::nullopt;
  return state.elapsed * (1.0 - f) / f;
}

std::string format_duration(double seconds) {
  const long s = std::lround(std::max(0.0, seconds));
  if (s < 60) return std::to_string(s) + " s";
  if (s < 3600) return std::to_string(s / 60) + " min " + two_digits(s % 60) + " s";
  const long minutes = (s + 30) / 60;  // to the nearest minute
  return std::to_string(minutes / 60) + " h " + two_digits(minutes % 60) + " min";
}

std::string progress_text(const ProgressPlan& plan, const ProgressState& state) {
  const int percent = int(std::floor(progress_fraction(plan, state) * 100.0 + 1e-9));
  std::string text = std::string(percent < 10 ? "  " : percent < 100 ? " " : "") + std::to_string(percent) + " %";
  text += "  t = " + time_label(state.time, plan.start);
  if (state.step) {
    text += "  step " + std::to_string(*state.step);
    if (plan.steps && *plan.steps > 0) text += " of " + std::to_string(*plan.steps);
  }
  text += "  wall " + format_duration(state.elapsed);
  const auto left = seconds_left(plan, state);
  if (left && progress_fraction(plan, state) < 1.0) text += ", about " + format_duration(*left) + " left";
  return text;
}

std::string progress_bar_line(const ProgressPlan& plan, const ProgressState& state, int columns, int* bar) {
  const std::size_t room = std::size_t(std::max(columns, 2) - 1);
  std::string text = progress_text(plan, state);
  const std::size_t frame = 3;  // "[", "] "
  const int widest = bar && *bar > 0 ? *bar : kWidestBar;
  if (text.size() + frame + kShortestBar <= room) {
    const int width = std::min(widest, int(room - text.size() - frame));
    if (bar) *bar = width;
    const auto filled = std::size_t(progress_fraction(plan, state) * double(width));
    return "[" + std::string(filled, '#') + std::string(std::size_t(width) - filled, ' ') + "] " + text;
  }
  if (text.size() > room) text.resize(room);
  return text;
}

int terminal_columns(int fd) {
  winsize size{};
  if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return kFallbackColumns;
}

Progress::Progress(std::ostream& out, Style style, ProgressPlan plan, Clock clock, Columns columns)
    : out_(out), style_(style), plan_(std::move(plan)), clock_(clock ? std::move(clock) : Clock(steady_seconds)),
      columns_(columns ? std::move(columns) : Columns([] { return kFallbackColumns; })), started_(clock_()) {}

Progress::~Progress() {
  try {
    done();
  } catch (...) {  // a destructor must not throw; the stream is for people, nothing is lost
  }
}

void Progress::update(double time, std::optional<long> step) {
  const double now = clock_();
  state_.time = time;
  if (step) state_.step = step;
  state_.elapsed = now - started_;
  if (style_ == Style::lines) {
    // One line per tenth of the run, and one a minute through a long tenth.
    const int tenth = int(std::floor(progress_fraction(plan_, state_) * 10.0 + 1e-9));
    if (tenth == last_tenth_ && last_shown_ && now - *last_shown_ < kLineSeconds) return;
    last_tenth_ = tenth;
    last_shown_ = now;
    out_ << progress_text(plan_, state_) << "\n" << std::flush;
    return;
  }
  if (last_shown_ && now - *last_shown_ < kRedrawSeconds) return;
  last_shown_ = now;
  const int columns = columns_();
  if (columns != bar_columns_) bar_width_ = 0;  // a new width: the bar may grow again
  bar_columns_ = columns;
  const std::string line = progress_bar_line(plan_, state_, columns, &bar_width_);
  // Spaces over what is left of a longer line before, within the width (it may have narrowed).
  const std::size_t room = std::size_t(std::max(columns, 2) - 1);
  const std::size_t shown = std::max(line.size(), std::min(shown_width_, room));
  out_ << "\r" << line << std::string(shown - line.size(), ' ') << std::flush;
  shown_width_ = shown;
}

void Progress::done() {
  if (style_ != Style::bar || shown_width_ == 0) return;
  out_ << "\r" << std::string(shown_width_, ' ') << "\r" << std::flush;
  shown_width_ = 0;
}

}  // namespace gwp::app
