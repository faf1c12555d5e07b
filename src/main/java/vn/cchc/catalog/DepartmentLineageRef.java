package vn.cchc.catalog;

import java.time.LocalDate;

/**
 * A 2025 department merger: {@code primary} marks the successor that an agency's history follows;
 * the others received only part of its functions.
 */
public record DepartmentLineageRef(String fromSlug, String toSlug, LocalDate effective, boolean primary,
                                   String note) {
}
