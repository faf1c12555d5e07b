package vn.cchc.ui.upload;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.cchc.intake.IntakeOutcome;
import vn.cchc.intake.IntakeOutcome.Outcome;
import vn.cchc.ui.i18n.Numbers;

/**
 * What a confirmed upload did: how many files were loaded, duplicates of reports already in, loaded
 * superseding an earlier version, or failed; each file with its outcome; the findings counted by rule.
 */
class LoadSummary extends VerticalLayout {

    /** One rule's findings across the upload. */
    record RuleCount(String rule, String severity, int count) {
    }

    private final H3 title = new H3();
    private final Paragraph counts = new Paragraph();
    private final Grid<IntakeOutcome> files = new Grid<>();
    private final Grid<RuleCount> rules = new Grid<>();

    LoadSummary() {
        addClassName("cchc-upload-summary");
        setPadding(false);
        counts.addClassName("cchc-upload-counts");
        files.addClassName("cchc-upload-results");
        files.addColumn(IntakeOutcome::name).setHeader(getTranslation("drill.col.file")).setFlexGrow(2);
        files.addColumn(o -> getTranslation("upload.outcome." + o.outcome().name().toLowerCase(Locale.ROOT))
                + (o.superseded().isEmpty() ? "" : " · " + getTranslation("upload.supersedes", o.superseded().toString())))
                .setHeader(getTranslation("upload.col.outcome")).setFlexGrow(1);
        files.addColumn(o -> o.reportId() == null ? "" : "#" + o.reportId()).setHeader(getTranslation("upload.col.report")).setAutoWidth(true);
        files.addColumn(o -> o.error() == null ? "" : o.error()).setHeader(getTranslation("drill.col.message")).setFlexGrow(3);
        files.setAllRowsVisible(true);
        rules.addClassName("cchc-upload-rules");
        rules.addColumn(r -> getTranslation("severity." + r.severity())).setHeader(getTranslation("quality.col.severity")).setAutoWidth(true);
        rules.addColumn(r -> getTranslation("rule." + r.rule())).setHeader(getTranslation("drill.col.rule")).setFlexGrow(2);
        rules.addColumn(r -> Numbers.count(r.count(), getLocale())).setHeader(getTranslation("upload.col.count")).setAutoWidth(true);
        rules.setAllRowsVisible(true);
        add(title, counts, files, rules);
        setVisible(false);
    }

    void show(List<IntakeOutcome> outcomes) {
        long loaded = outcomes.stream().filter(o -> o.outcome() == Outcome.LOADED).count();
        long duplicate = outcomes.stream().filter(o -> o.outcome() == Outcome.DUPLICATE).count();
        long superseding = outcomes.stream().filter(o -> o.outcome() == Outcome.LOADED && !o.superseded().isEmpty()).count();
        long failed = outcomes.size() - loaded - duplicate;
        title.setText(getTranslation("upload.summary"));
        counts.setText(getTranslation("upload.counts", loaded, duplicate, superseding, failed));
        files.setItems(outcomes);
        Map<String, RuleCount> byRule = new TreeMap<>();
        for (IntakeOutcome o : outcomes) {
            for (IntakeOutcome.FindingLine f : o.findings()) {
                byRule.merge(f.rule(), new RuleCount(f.rule(), f.severity(), 1),
                        (a, b) -> new RuleCount(a.rule(), a.severity(), a.count() + 1));
            }
        }
        rules.setItems(byRule.values());
        rules.setVisible(!byRule.isEmpty());
        setVisible(true);
    }

    void clear() {
        setVisible(false);
    }
}
