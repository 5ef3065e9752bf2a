// A plan map at every stored time with one colour range for all frames, and, when ffmpeg is on
// PATH, an animated GIF and an MP4 made from those frames.
#pragma once
#include <string>
#include <vector>

#include "postprocess/render/plan_map.hpp"

namespace gwp::render {

struct AnimationFiles {
  std::vector<std::string> frames;  // DIR/frame_0000.png ... in time order
  std::string gif, mp4;             // empty when ffmpeg is missing or failed
  std::string ffmpeg_message;       // why the GIF or MP4 is missing, empty otherwise
  std::vector<std::string> warnings;  // characters no installed font has, over all frames
};

// `options.time` is ignored (every stored time is drawn, titled with its date when the result
// has a start date); `options.range`, if set, is used for every frame, else the range over all
// times. Frames are PNG. Creates `dir`. Throws as render_plan_map does.
AnimationFiles render_animation(const results::ResultReader& reader, const PlanMapOptions& options,
                                const std::string& dir, double frames_per_second = 1.0);

}  // namespace gwp::render
