package vn.cchc.ui.export;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Supplier;
import vn.cchc.ui.security.UiAudit;

/**
 * "Xuất Excel": a link whose download is written while it streams — the browser's download starts
 * with the first bytes, the workbook is never built in memory. The job is asked for at click time,
 * so the file holds exactly what the view shows then, with its filters.
 */
public class ExportLink extends Anchor {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ExportLink(String text, Supplier<ExportJob> jobs) {
        super((DownloadEvent event) -> {
            // The view's state is read under the session lock, as any UI code; the writing is not.
            ExportJob[] prepared = new ExportJob[1];
            event.getUI().accessSynchronously(() -> prepared[0] = jobs.get());
            ExportJob job = prepared[0];
            event.setFileName(job.fileName());
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                // Commit the headers now: the browser's download starts while the rows are still read
                // (an .xlsx's sheets are zipped once its last row is in; a CSV would stream byte by byte).
                out.flush();
                job.write(out, ZonedDateTime.now(VIETNAM), userOf(event));
            }
            audit().exported(job.fileName(), job.describe() + "; format=xlsx");
        }, "");
        add(VaadinIcon.DOWNLOAD.create());
        add(" " + text);
        addClassName("cchc-export");
        getElement().setAttribute("router-ignore", true);
    }

    private static UiAudit audit() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(UiAudit.class);
    }

    /** The signed-in user if the deployment has sign-in; otherwise the export says there was none. */
    private static String userOf(DownloadEvent event) {
        String user = event.getRequest().getRemoteUser();
        return user == null || user.isBlank() ? "(không đăng nhập / no sign-in)" : user;
    }
}
