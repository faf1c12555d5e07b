package vn.cchc.ui.documents;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;
import vn.cchc.ui.security.UiAudit;

/**
 * A download made when clicked, from the view's state at that moment: the file is asked for under
 * the session lock, sent, and recorded in the audit log; a file the user may not have (role, scope)
 * or that cannot be made is refused with 404 and recorded as denied.
 */
class DocumentLink extends Anchor {

    DocumentLink(String text, VaadinIcon icon, Supplier<Optional<DocumentFiles.File>> files) {
        super((DownloadEvent event) -> {
            @SuppressWarnings("unchecked")
            Optional<DocumentFiles.File>[] prepared = new Optional[1];
            event.getUI().accessSynchronously(() -> prepared[0] = files.get());
            if (prepared[0].isEmpty()) {
                audit().denied("documents", text);
                event.getResponse().setStatus(404);
                return;
            }
            DocumentFiles.File file = prepared[0].get();
            event.setFileName(file.name());
            event.setContentType(file.contentType());
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.bytes());
            }
            audit().exported(file.name(), file.detail());
        }, "");
        add(icon.create());
        add(" " + text);
        getElement().setAttribute("router-ignore", true);
    }

    private static UiAudit audit() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(UiAudit.class);
    }
}
