#include "postprocess/render/animation.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "core/errors.hpp"
#include "postprocess/render/colour_scale.hpp"
#include "postprocess/render/plan_field.hpp"
#include "postprocess/render/plan_values.hpp"

extern char** environ;

namespace gwp::render {

namespace {

// The colour range over every stored time, so a colour means the same value in every frame.
ColourRange range_over_time(const results::ResultReader& reader, const ResultScene& scene, const PlanMapOptions& o,
                            const std::vector<double>& times) {
  std::vector<double> shown;
  std::optional<FieldScale> scale;
  for (double t : times) {
    const PlanFieldData d = read_plan_field(reader, scene, o.field, o.species, t, o.layer, o.layer_count);
    scale = field_scale(o.field, o.scale, d.limits, o.floor, finite_range(d.columns)[1], d.background);
    for (double v : d.columns)
      if (scale->coloured(v)) shown.push_back(scale->display(v));
  }
  return scale->range(shown, std::nullopt);
}

std::string ffmpeg_on_path() {
  const char* path = std::getenv("PATH");
  if (!path) return {};
  std::istringstream dirs(path);
  for (std::string dir; std::getline(dirs, dir, ':');) {
    const std::filesystem::path candidate = std::filesystem::path(dir.empty() ? "." : dir) / "ffmpeg";
    if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
  }
  return {};
}

// Runs ffmpeg with `args` (no shell, so directory names need no quoting); true on exit status 0.
bool run_ffmpeg(const std::string& ffmpeg, const std::vector<std::string>& args) {
  std::vector<char*> argv;
  std::vector<std::string> all = {ffmpeg, "-y", "-loglevel", "error"};
  all.insert(all.end(), args.begin(), args.end());
  for (auto& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawn(&pid, ffmpeg.c_str(), nullptr, nullptr, argv.data(), environ) != 0) return false;
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return false;
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

AnimationFiles render_animation(const results::ResultReader& reader, const PlanMapOptions& options,
                                const std::string& dir, double frames_per_second) {
  const ResultScene scene = read_scene(reader);
  const std::vector<double>& times = options.field == PlanField::head ? scene.flow_times : scene.transport_times;
  if (times.empty()) throw std::invalid_argument("the result holds no stored times to animate");
  std::error_code made;
  std::filesystem::create_directories(dir, made);
  if (made) throw IoError("cannot create directory " + dir + ": " + made.message());

  // One floor and one colour range for every frame: the floor of the last time, when none is
  // given, and the range over all times.
  PlanMapOptions frame = options;
  if (!frame.floor && options.field == PlanField::concentration) {
    const PlanFieldData last = read_plan_field(reader, scene, options.field, options.species, times.back(), options.layer,
                                               options.layer_count);
    frame.floor = field_scale(options.field, options.scale, last.limits, std::nullopt, finite_range(last.columns)[1],
                              last.background)
                      .floor;
  }
  if (!frame.range) frame.range = range_over_time(reader, scene, frame, times);
  AnimationFiles files;
  for (std::size_t n = 0; n < times.size(); ++n) {
    frame.time = times[n];
    char name[32];
    std::snprintf(name, sizeof name, "frame_%04zu.png", n);
    const std::string path = (std::filesystem::path(dir) / name).string();
    const PlanMapPicture picture = render_plan_map(reader, frame, path);
    frame.height = picture.height;  // every frame the size of the first, as video encoders need
    files.frames.push_back(path);
    for (const std::string& w : picture.warnings)
      if (std::find(files.warnings.begin(), files.warnings.end(), w) == files.warnings.end()) files.warnings.push_back(w);
  }

  const std::string ffmpeg = ffmpeg_on_path();
  if (ffmpeg.empty()) {
    files.ffmpeg_message = "ffmpeg is not on PATH: no GIF or MP4 made (the frames are there)";
    return files;
  }
  const std::string pattern = (std::filesystem::path(dir) / "frame_%04d.png").string();
  const std::string rate = std::to_string(frames_per_second);
  const std::string gif = (std::filesystem::path(dir) / "animation.gif").string();
  const std::string mp4 = (std::filesystem::path(dir) / "animation.mp4").string();
  // A palette made from the frames keeps the GIF's colours true; the MP4 needs even sizes and
  // yuv420p to play in common players.
  if (run_ffmpeg(ffmpeg, {"-framerate", rate, "-i", pattern, "-vf",
                          "split[a][b];[a]palettegen[p];[b][p]paletteuse", gif}))
    files.gif = gif;
  if (run_ffmpeg(ffmpeg, {"-framerate", rate, "-i", pattern, "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-c:v",
                          "libx264", "-pix_fmt", "yuv420p", mp4}))
    files.mp4 = mp4;
  if (files.gif.empty() || files.mp4.empty()) files.ffmpeg_message = "ffmpeg failed to make the GIF or the MP4";
  return files;
}

}  // namespace gwp::render
