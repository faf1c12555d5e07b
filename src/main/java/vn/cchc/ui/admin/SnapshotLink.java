package vn.cchc.ui.admin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.OutputStream;
import java.nio.file.Files;
import vn.cchc.snapshot.SnapshotService;

/**
 * "Tải bản sao kho dữ liệu": the warehouse as a DuckDB file, copied consistently while the app
 * keeps running (and loading), for analysts' own tools. Who may take it is the service's check.
 */
class SnapshotLink extends Anchor {

    static final String DUCKDB = "application/vnd.duckdb";

    SnapshotLink(SnapshotService snapshots) {
        super((DownloadEvent event) -> {
            SnapshotService.Snapshot snapshot = snapshots.take(event.getRequest().getRemoteAddr());
            try {
                event.setFileName(snapshot.fileName());
                event.setContentType(DUCKDB);
                event.setContentLength(snapshot.bytes());
                try (OutputStream out = event.getOutputStream()) {
                    Files.copy(snapshot.file(), out);
                }
            } finally {
                SnapshotService.discard(snapshot);
            }
        }, "");
        add(VaadinIcon.DATABASE.create());
        add(" " + getTranslation("admin.snapshot"));
        setTitle(getTranslation("admin.snapshot.tooltip"));
        addClassName("cchc-snapshot");
        getElement().setAttribute("router-ignore", true);
    }
}
