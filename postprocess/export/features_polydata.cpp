#include "postprocess/export/features_polydata.hpp"

#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkIntArray.h>
#include <vtkPoints.h>
#include <vtkStringArray.h>

#include "postprocess/export/cell_geometry.hpp"

namespace gwp::exporting {

namespace {

// Cell data rows, kept in the order VTK stores polydata cells: every vertex before every line.
struct Labels {
  vtkSmartPointer<vtkStringArray> name = vtkSmartPointer<vtkStringArray>::New();
  vtkSmartPointer<vtkStringArray> kind = vtkSmartPointer<vtkStringArray>::New();
  vtkSmartPointer<vtkStringArray> state = vtkSmartPointer<vtkStringArray>::New();
  vtkSmartPointer<vtkIntArray> kind_id = vtkSmartPointer<vtkIntArray>::New();
  void add(const std::string& n, const std::string& k, const std::string& s, int id) {
    name->InsertNextValue(n);
    kind->InsertNextValue(k);
    state->InsertNextValue(s);
    kind_id->InsertNextValue(id);
  }
};

void add_plan_line(vtkPoints* points, vtkCellArray* lines, const Grid& grid, const GridLines& grid_lines,
                   const std::vector<Point>& vertices, bool closed) {
  const vtkIdType first = points->GetNumberOfPoints();
  for (const Point& p : vertices)
    points->InsertNextPoint(p[0], p[1], ground_elevation(grid, grid_lines, p[0], p[1]));
  const auto n = vtkIdType(vertices.size());
  lines->InsertNextCell(n + (closed && n > 0 ? 1 : 0));
  for (vtkIdType v = 0; v < n; ++v) lines->InsertCellPoint(first + v);
  if (closed && n > 0) lines->InsertCellPoint(first);  // a closed ring repeats its first point
}

}  // namespace

int feature_kind_id(const std::string& group, const std::string& kind) {
  if (group == "areas") return 1;
  if (group == "lines") return 5;
  if (kind == "well") return 2;
  if (kind == "abandoned_well") return 3;
  if (kind == "monitoring") return 4;
  return 0;
}

vtkSmartPointer<vtkPolyData> features_polydata(const results::ResultFeatures& features, const Grid& grid) {
  const GridLines lines_of_grid = grid_lines(grid);
  auto points = vtkSmartPointer<vtkPoints>::New();
  points->SetDataTypeToDouble();
  auto verts = vtkSmartPointer<vtkCellArray>::New();
  auto lines = vtkSmartPointer<vtkCellArray>::New();
  Labels vert_labels, line_labels;

  for (const results::FeatureWell& w : features.wells) {
    const int id = feature_kind_id("wells", w.kind);
    if (w.top == w.bottom) {  // a point at one depth (a monitoring point)
      verts->InsertNextCell(1);
      verts->InsertCellPoint(points->InsertNextPoint(w.x, w.y, w.top));
      vert_labels.add(w.name, w.kind, w.state, id);
      continue;
    }
    lines->InsertNextCell(2);
    lines->InsertCellPoint(points->InsertNextPoint(w.x, w.y, w.top));
    lines->InsertCellPoint(points->InsertNextPoint(w.x, w.y, w.bottom));
    line_labels.add(w.name, w.kind, w.state, id);
  }
  for (const results::FeatureOutline& a : features.areas) {
    add_plan_line(points, lines, grid, lines_of_grid, a.outline, true);
    line_labels.add(a.name, a.kind, "", feature_kind_id("areas", a.kind));
  }
  for (const results::FeatureLine& l : features.lines) {
    add_plan_line(points, lines, grid, lines_of_grid, l.line, false);
    line_labels.add(l.name, l.kind, "", feature_kind_id("lines", l.kind));
  }

  auto data = vtkSmartPointer<vtkPolyData>::New();
  data->SetPoints(points);
  data->SetVerts(verts);
  data->SetLines(lines);
  Labels all;
  for (const Labels* part : {&vert_labels, &line_labels}) {
    for (vtkIdType r = 0; r < part->name->GetNumberOfValues(); ++r)
      all.add(part->name->GetValue(r), part->kind->GetValue(r), part->state->GetValue(r),
              part->kind_id->GetValue(r));
  }
  all.name->SetName("name");
  all.kind->SetName("kind");
  all.state->SetName("state");
  all.kind_id->SetName("kind_id");
  data->GetCellData()->AddArray(all.name);
  data->GetCellData()->AddArray(all.kind);
  data->GetCellData()->AddArray(all.state);
  data->GetCellData()->AddArray(all.kind_id);
  return data;
}

}  // namespace gwp::exporting
