package vn.cchc.ui.documents;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import vn.cchc.brief.BriefLanguage;
import vn.cchc.security.Role;
import vn.cchc.ui.state.ViewState;

/**
 * The overview's two documents: "Bản tin" for every reader, and at province level "Lập báo cáo
 * tổng hợp" for analysts and importers (and admins). The role is checked when the link is shown and
 * again when the file is asked for.
 */
public class DocumentLinks extends Div {

    private final DocumentLink compose;
    private final AuthenticationContext authentication;
    private ViewState state = ViewState.empty();

    public DocumentLinks(DocumentFiles files, AuthenticationContext authentication) {
        this.authentication = authentication;
        DocumentLink brief = new DocumentLink(getTranslation("documents.brief"), VaadinIcon.FILE_TEXT_O,
                () -> state.period() == null ? Optional.empty()
                        : files.briefing(state.province(), state.period(), BriefLanguage.of(getLocale().getLanguage())));
        brief.addClassName("cchc-brief");
        compose = new DocumentLink(getTranslation("documents.compose"), VaadinIcon.FILE_TABLE,
                () -> state.period() == null || state.province() == null || !mayCompose() ? Optional.empty()
                        : files.composed(state.province(), state.period()));
        compose.addClassName("cchc-compose");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");
        add(brief, compose);
    }

    /** Analysts and importers compose the province's report; admins may too. */
    boolean mayCompose() {
        return authentication.hasAnyRole(Role.Names.ANALYST, Role.Names.IMPORTER, Role.Names.ADMIN);
    }

    public void show(ViewState state) {
        this.state = state;
        setVisible(state.period() != null);
        compose.setVisible(state.province() != null && state.agency() == null && mayCompose());
    }

    DocumentLink composeLink() {
        return compose;
    }
}
