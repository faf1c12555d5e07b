package vn.cchc.ui.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import vn.cchc.ui.layout.MainLayout;

/**
 * "Không có quyền truy cập": what a signed-in user sees for a view their role lacks, or a URL naming
 * a province, agency or report outside their scope — never an error page, never whether the target
 * exists. Each such attempt is audited ({@link UiAudit}).
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NoAccessView extends Div implements HasErrorParameter<AccessDeniedException> {

    private final transient UiAudit audit;

    public NoAccessView(UiAudit audit) {
        this.audit = audit;
        addClassName("cchc-no-access");
        getStyle().set("padding", "var(--lumo-space-l)");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H2(getTranslation("access.denied.title")), new Paragraph(getTranslation("access.denied.text")));
        audit.denied(event.getLocation().getPathWithQueryParameters(), parameter.getCustomMessage());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
