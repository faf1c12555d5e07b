package vn.cchc.ui.export;

import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.export.ExportContext;

/** An export as the audit log records it: "title; label=value, …; rows=N". */
final class AuditText {

    private AuditText() {
    }

    static String of(String title, List<ExportContext.Filter> filters, long rows) {
        return title + "; " + filters.stream().map(f -> f.label() + "=" + f.value()).collect(Collectors.joining(", "))
                + "; rows=" + rows;
    }
}
