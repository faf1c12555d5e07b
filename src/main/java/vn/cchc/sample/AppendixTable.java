package vn.cchc.sample;

import java.util.List;

/**
 * One table of a report's appendix: the whole 2021 appendix, or one 2023 "Biểu mẫu" with the lines
 * printed above it ("Biểu mẫu 3", "Cải cách thủ tục hành chính").
 */
record AppendixTable(List<String> headings, List<WrittenRow> rows) {
}
