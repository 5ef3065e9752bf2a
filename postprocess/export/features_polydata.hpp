// The site features of a result (/features) as VTK polydata, to show with the fields:
// landfill outlines as closed polylines at ground elevation, pumping wells and abandoned wells
// as vertical lines over their screen or open bore, monitoring points as vertices, and line
// features (rivers, walls) as polylines at ground elevation. Cell data: `name` and `kind`
// (strings), `kind_id` (integer, for colouring: feature_kind_id), and `state` (abandoned wells).
#pragma once
#include <string>

#include <vtkPolyData.h>
#include <vtkSmartPointer.h>

#include "core/grid.hpp"
#include "results/result_features.hpp"

namespace gwp::exporting {

// 1 area (landfill), 2 pumping well, 3 abandoned well, 4 monitoring point, 5 line feature,
// 0 a well-like feature of another kind.
int feature_kind_id(const std::string& group, const std::string& kind);

vtkSmartPointer<vtkPolyData> features_polydata(const results::ResultFeatures& features, const Grid& grid);

}  // namespace gwp::exporting
