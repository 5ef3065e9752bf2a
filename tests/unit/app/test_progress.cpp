// The progress display of `gwplume run`: its text, its width, and how often it speaks, driven by
// a fake clock.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "app/progress.hpp"

namespace gwp::app {
namespace {

// Splits what a bar wrote into the lines drawn over each other ("\r" starts each).
std::vector<std::string> redraws(const std::string& out) {
  std::vector<std::string> parts;
  std::stringstream in(out);
  std::string part;
  while (std::getline(in, part, '\r'))
    if (!part.empty()) parts.push_back(part);
  return parts;
}

std::vector<std::string> lines(const std::string& out) {
  std::vector<std::string> parts;
  std::stringstream in(out);
  std::string part;
  while (std::getline(in, part)) parts.push_back(part);
  return parts;
}

TEST(ProgressText, DurationsReadLikeAClock) {
  EXPECT_EQ(format_duration(0.0), "0 s");
  EXPECT_EQ(format_duration(59.4), "59 s");
  EXPECT_EQ(format_duration(125.0), "2 min 05 s");
  EXPECT_EQ(format_duration(3725.0), "1 h 02 min");   // 62 min 5 s, to the minute
  EXPECT_EQ(format_duration(3599.6), "1 h 00 min");   // rounds up to a whole hour
  EXPECT_EQ(format_duration(-3.0), "0 s");
}

TEST(ProgressText, FractionOfStepsWhenPlannedElseOfTime) {
  const ProgressPlan planned{1000.0, std::nullopt, 200};
  EXPECT_DOUBLE_EQ(progress_fraction(planned, {100.0, 50, 0.0}), 0.25);  // 50 of 200, not 100 of 1000 d
  EXPECT_DOUBLE_EQ(progress_fraction(planned, {100.0, std::nullopt, 0.0}), 0.1);
  const ProgressPlan unplanned{1000.0, std::nullopt, std::nullopt};
  EXPECT_DOUBLE_EQ(progress_fraction(unplanned, {250.0, 50, 0.0}), 0.25);
  EXPECT_DOUBLE_EQ(progress_fraction(unplanned, {2000.0, 50, 0.0}), 1.0);
}

TEST(ProgressText, TimeLeftAtThePaceSoFar) {
  const ProgressPlan plan{1000.0, std::nullopt, 200};
  // A quarter in 30 s: three quarters take 90 s more.
  EXPECT_NEAR(*seconds_left(plan, {0.0, 50, 30.0}), 90.0, 1e-9);
  EXPECT_FALSE(seconds_left(plan, {0.0, 1, 30.0}).has_value());  // 0.5 %: too early to say
}

TEST(ProgressText, DateStepOfPlannedWallAndLeft) {
  // 2005-01-01 + 181 d = 2005-07-01 (31 + 28 + 31 + 30 + 31 + 30 days); 37 of 102 steps in
  // 12 s leave 12 * 65 / 37 = 21.1 s.
  const ProgressPlan plan{3652.0, Date{2005, 1, 1}, 102};
  EXPECT_EQ(progress_text(plan, {181.0, 37, 12.0}),
            " 36 %  t = 2005-07-01  step 37 of 102  wall 12 s, about 21 s left");
}

TEST(ProgressText, WithoutDateOrPlanDaysAndStep) {
  const ProgressPlan plan{1000.0, std::nullopt, std::nullopt};
  EXPECT_EQ(progress_text(plan, {250.0, 37, 10.0}), " 25 %  t = 250 d  step 37  wall 10 s, about 30 s left");
  EXPECT_EQ(progress_text(plan, {0.0, std::nullopt, 0.0}), "  0 %  t = 0 d  wall 0 s");
  // At the end nothing is left to estimate.
  EXPECT_EQ(progress_text(plan, {1000.0, 99, 61.0}), "100 %  t = 1000 d (2.74 yr)  step 99  wall 1 min 01 s");
}

TEST(ProgressBar, FillsWithTheFractionAndFitsEveryWidth) {
  const ProgressPlan plan{3652.0, Date{2005, 1, 1}, 102};
  const ProgressState state{181.0, 51, 12.0};  // half the steps
  const std::string text = progress_text(plan, state);
  const std::string wide = progress_bar_line(plan, state, 200);
  EXPECT_EQ(wide, "[" + std::string(20, '#') + std::string(20, ' ') + "] " + text);  // 40 wide, half full
  for (int columns : {1, 10, 30, 60, 79, 80, 81, 100, 120, 200}) {
    const std::string line = progress_bar_line(plan, state, columns);
    EXPECT_LE(int(line.size()), std::max(columns - 1, 1)) << columns << " columns: " << line;
  }
  // 80 columns: a shorter bar; 40: no bar, the text cut.
  const std::string eighty = progress_bar_line(plan, state, 80);
  EXPECT_EQ(eighty.front(), '[');
  EXPECT_NE(eighty.find("] " + text), std::string::npos);
  EXPECT_EQ(progress_bar_line(plan, state, 40), text.substr(0, 39));
}

TEST(ProgressBar, NeverGrowsBackWhileTheWidthStays) {
  const ProgressPlan plan{1000.0, std::nullopt, std::nullopt};
  int bar = 0;
  progress_bar_line(plan, {10.0, 1, 1.0}, 100, &bar);
  const int first = bar;
  progress_bar_line(plan, {365.25, 100, 100.0}, 100, &bar);  // a longer text: a shorter bar
  const int second = bar;
  progress_bar_line(plan, {400.0, 100, 100.0}, 100, &bar);
  EXPECT_LT(second, first);
  EXPECT_EQ(bar, second);
}

// A clock the test moves by hand.
struct FakeClock {
  double now = 1000.0;
  Progress::Clock clock() {
    return [this] { return now; };
  }
};

TEST(ProgressBar, RedrawsAtMostFiveTimesASecondAndAtLeastOnce) {
  FakeClock clock;
  std::ostringstream out;
  const ProgressPlan plan{1000.0, std::nullopt, 1000};
  std::vector<double> drawn_at;  // s, when the output grew
  {
    Progress progress(out, Progress::Style::bar, plan, clock.clock(), [] { return 100; });
    std::size_t size = 0;
    // A step every 50 ms for 10 s.
    for (long step = 1; step <= 200; ++step) {
      progress.update(double(step), step);
      if (out.str().size() != size) drawn_at.push_back(clock.now);
      size = out.str().size();
      clock.now += 0.05;
    }
    progress.done();
  }
  ASSERT_FALSE(drawn_at.empty());
  EXPECT_DOUBLE_EQ(drawn_at.front(), 1000.0);  // the first update draws at once
  for (std::size_t k = 1; k < drawn_at.size(); ++k) {
    const double gap = drawn_at[k] - drawn_at[k - 1];
    EXPECT_GE(gap, 0.2 - 1e-9);
    EXPECT_LE(gap, 1.0);
  }
  // The wall time shown is the fake clock's: the last redraw 9.x s after the start.
  const auto parts = redraws(out.str());
  ASSERT_GE(parts.size(), 2u);
  EXPECT_NE(parts[parts.size() - 2].find("wall 10 s"), std::string::npos) << parts[parts.size() - 2];
  // done() wrote spaces over the bar and went back to the start of the line.
  EXPECT_EQ(parts.back().find_first_not_of(' '), std::string::npos);
  EXPECT_EQ(out.str().back(), '\r');
}

TEST(ProgressBar, ClearedWhenTheRunStopsEarly) {
  FakeClock clock;
  std::ostringstream out;
  {
    Progress progress(out, Progress::Style::bar, {100.0, std::nullopt, std::nullopt}, clock.clock());
    progress.update(10.0, 3);
  }  // destroyed without done(), as when a run fails
  const auto parts = redraws(out.str());
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[1], std::string(parts[0].size(), ' '));
}

TEST(ProgressBar, StaysWithinANarrowedTerminal) {
  FakeClock clock;
  std::ostringstream out;
  int columns = 120;
  Progress progress(out, Progress::Style::bar, {1000.0, std::nullopt, std::nullopt}, clock.clock(),
                    [&] { return columns; });
  progress.update(10.0, 1);
  clock.now += 1.0;
  columns = 40;
  progress.update(20.0, 2);
  progress.done();
  const auto parts = redraws(out.str());
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_LE(parts[1].size(), 39u);
  EXPECT_LE(parts[2].size(), 39u);
}

TEST(ProgressLines, OnePerTenthOfTheRun) {
  FakeClock clock;
  std::ostringstream out;
  Progress progress(out, Progress::Style::lines, {1000.0, Date{2020, 1, 1}, 500}, clock.clock());
  for (long step = 1; step <= 500; ++step) {
    progress.update(2.0 * double(step), step);
    clock.now += 0.1;
  }
  progress.done();
  const auto printed = lines(out.str());
  // 1 % (the first step: "0 %"), then 10 %, 20 % ... 100 %: 11 lines, no carriage returns.
  ASSERT_EQ(printed.size(), 11u) << out.str();
  EXPECT_EQ(out.str().find('\r'), std::string::npos);
  EXPECT_EQ(printed[0], "  0 %  t = 2020-01-03  step 1 of 500  wall 0 s");
  // Step 50 at 4.9 s: 10 % done, 44.1 s left.
  EXPECT_EQ(printed[1], " 10 %  t = 2020-04-10  step 50 of 500  wall 5 s, about 44 s left");
  EXPECT_EQ(printed[10].substr(0, 5), "100 %");
}

TEST(ProgressLines, AtLeastOneAMinuteThroughALongStretch) {
  FakeClock clock;
  std::ostringstream out;
  Progress progress(out, Progress::Style::lines, {1000.0, std::nullopt, 1000}, clock.clock());
  // 50 steps, 10 s each: 500 s inside the first tenth of the run.
  for (long step = 1; step <= 50; ++step) {
    progress.update(double(step), step);
    clock.now += 10.0;
  }
  const auto printed = lines(out.str());
  // At 0 s, then every 60 s: 60, 120, ..., 480 s.
  ASSERT_EQ(printed.size(), 9u) << out.str();
  for (const std::string& line : printed) {
    EXPECT_NE(line.find("t = "), std::string::npos) << line;
    EXPECT_NE(line.find("step "), std::string::npos) << line;
    EXPECT_NE(line.find("wall "), std::string::npos) << line;
  }
  EXPECT_EQ(printed[1], "  0 %  t = 7 d  step 7 of 1000  wall 1 min 00 s");
  // Step 49 at 480 s: 4.9 % in 480 s, 9316 s (2 h 35 min) left.
  EXPECT_EQ(printed[8], "  4 %  t = 49 d  step 49 of 1000  wall 8 min 00 s, about 2 h 35 min left");
}

TEST(ProgressTerminal, WidthOfSomethingNotATerminalIsTheFallback) {
  EXPECT_EQ(terminal_columns(-1), 80);
}

}  // namespace
}  // namespace gwp::app
