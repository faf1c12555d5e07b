package vn.cchc.analytics;

import java.util.List;

/** A drill-down level: the parent's own figure and its children's. */
public record DrillLevel(Measure measure, String period, Boundary boundary, DrillRow total, List<DrillRow> children) {
}
