// Progress of a run on standard error. On a terminal a bar redrawn in place (at most five times a
// second, never wider than the terminal, cleared at the end); otherwise, or with --quiet, plain
// lines: one per tenth of the run and at least one a minute while the run moves. Both show the
// model time (a date when the case has [time] start), the step and the planned number of steps
// when known, the wall time so far and an estimate of the time left.
//
// The clock and the terminal width are given to the class so that tests can drive it.
#pragma once
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

#include "core/calendar.hpp"

namespace gwp::app {

// What is known of a run before it starts.
struct ProgressPlan {
  double end = 0.0;                  // d, model time at the end of the run
  std::optional<Date> start;         // the date of t = 0, when the case gives one
  std::optional<long> steps;         // the number of steps the run takes, when known beforehand
};

// Where a run is.
struct ProgressState {
  double time = 0.0;                 // d, model time reached
  std::optional<long> step;          // steps taken, when counted
  double elapsed = 0.0;              // s, wall time since the start
};

// Fraction of the run done, in [0, 1]: of the planned steps when known, else of the model time.
double progress_fraction(const ProgressPlan& plan, const ProgressState& state);

// s, the wall time the rest of the run will take at the pace so far; nullopt until 1 % is done
// (an estimate from less is mostly noise).
std::optional<double> seconds_left(const ProgressPlan& plan, const ProgressState& state);

// "8 s", "2 min 05 s", "1 h 02 min".
std::string format_duration(double seconds);

// " 37 %  t = 2010-06-30  step 37 of 102  wall 12 s, about 20 s left": the text of both styles.
std::string progress_text(const ProgressPlan& plan, const ProgressState& state);

// The terminal line: "[#####     ] " and the text, no longer than columns - 1 characters (the
// last column would make some terminals wrap): the bar (at most 40 characters) shrinks, then
// goes, then the text is cut. `bar`, when given, holds the bar width of the line before (0: none
// yet) and gets this one's: the bar never grows back, so that it does not jump as the text
// lengthens and shortens.
std::string progress_bar_line(const ProgressPlan& plan, const ProgressState& state, int columns,
                              int* bar = nullptr);

// Width of the terminal on file descriptor fd (ioctl TIOCGWINSZ); 80 when it is not a terminal
// or does not say.
int terminal_columns(int fd);

class Progress {
 public:
  enum class Style { bar, lines };
  using Clock = std::function<double()>;  // s, monotonic
  using Columns = std::function<int()>;   // terminal width, asked at every redraw (it may change)

  // The default clock is std::chrono::steady_clock; the default width 80.
  Progress(std::ostream& out, Style style, ProgressPlan plan, Clock clock = {}, Columns columns = {});
  ~Progress();  // clears a bar still shown (a run that failed or was interrupted)
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // The run reached model time `time` (d); `step`: steps taken so far (none: unchanged).
  void update(double time, std::optional<long> step = std::nullopt);
  // The run is over: clears the bar. Idempotent.
  void done();

  static constexpr double kRedrawSeconds = 0.2;  // shortest time between two redraws of the bar
  static constexpr double kLineSeconds = 60.0;   // longest time between two plain lines

 private:
  std::ostream& out_;
  Style style_;
  ProgressPlan plan_;
  Clock clock_;
  Columns columns_;
  double started_;                          // s, on clock_
  ProgressState state_;
  std::optional<double> last_shown_;        // s, on clock_: the last redraw or line
  int last_tenth_ = -1;                     // plain lines: the tenth of the run last reported
  std::size_t shown_width_ = 0;             // characters of the bar on screen, 0: none
  int bar_width_ = 0;                       // characters inside the brackets, 0: not drawn yet
  int bar_columns_ = 0;                     // the terminal width it was drawn for
};

}  // namespace gwp::app
