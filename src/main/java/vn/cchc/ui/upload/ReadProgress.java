package vn.cchc.ui.upload;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchc.intake.IntakeOutcome;

/**
 * The files of an upload as they arrive and are read: one row per file with its own bar (waiting,
 * reading, read — an archive counts the reports found in it), and the bar of the whole upload.
 * Updated from the reading thread through server push.
 */
class ReadProgress extends VerticalLayout {

    private final ProgressBar overall = new ProgressBar();
    private final Span overallText = new Span();
    private final Div rows = new Div();
    private final Map<String, Row> byName = new LinkedHashMap<>();
    private int read;

    ReadProgress() {
        addClassName("cchc-upload-progress");
        setPadding(false);
        setSpacing(false);
        overall.addClassName("cchc-upload-overall");
        overallText.addClassName("cchc-upload-overall-text");
        add(rows, overallText, overall);
        clear();
    }

    /** A file arrived on the server (or was refused there). */
    void received(String name, String refusal) {
        Row row = byName.computeIfAbsent(name, n -> {
            Row r = new Row(n);
            rows.add(r);
            return r;
        });
        if (refusal != null) {
            row.done(getTranslation("upload.refused", refusal), true);
        } else {
            row.state.setText(getTranslation("upload.waiting"));
        }
        setVisible(true);
    }

    /** Reading begins: the overall bar counts the files received. */
    void reading() {
        read = 0;
        overall.setIndeterminate(false);
        overall.setMin(0);
        overall.setMax(Math.max(1, waiting()));
        overall.setValue(0);
        overall.setVisible(true);
        byName.values().stream().filter(r -> !r.finished).forEach(Row::reading);
        overallText.setText(getTranslation("upload.readCount", 0, waiting()));
    }

    /** One report read (for an archive, one of its files). */
    void read(IntakeOutcome outcome) {
        Row row = rowOf(outcome.name());
        if (row != null) {
            if (row.name.equals(outcome.name())) {
                row.done(getTranslation("upload.outcome." + outcome.outcome().name().toLowerCase(java.util.Locale.ROOT)),
                        outcome.error() != null);
                read++;
            } else {
                row.found++;
                row.state.setText(getTranslation("upload.inArchive", row.found));
            }
        }
        overall.setValue(Math.min(read, overall.getMax()));
        overallText.setText(getTranslation("upload.readCount", read, (int) overall.getMax()));
    }

    /** Everything is read: archives are done too. */
    void finished() {
        byName.values().stream().filter(r -> !r.finished).forEach(r -> r.done(getTranslation("upload.inArchive", r.found), false));
        overall.setValue(overall.getMax());
        overallText.setText(getTranslation("upload.readDone"));
    }

    void clear() {
        rows.removeAll();
        byName.clear();
        read = 0;
        overall.setVisible(false);
        overallText.setText("");
        setVisible(false);
    }

    /** Files still to read or being read. */
    int waiting() {
        return (int) byName.values().stream().filter(r -> !r.finished).count();
    }

    private Row rowOf(String shown) {
        Row exact = byName.get(shown);
        if (exact != null) {
            return exact;
        }
        return byName.values().stream().filter(r -> shown.startsWith(r.name + "/")).findFirst().orElse(null);
    }

    /** One file: its name, its bar, what became of it. */
    private final class Row extends HorizontalLayout {
        final String name;
        final ProgressBar bar = new ProgressBar();
        final Span state = new Span();
        boolean finished;
        int found;

        Row(String name) {
            this.name = name;
            addClassName("cchc-upload-file");
            Span label = new Span(name);
            label.addClassName("cchc-upload-file-name");
            label.setWidth("22em");
            bar.setWidth("12em");
            bar.setValue(0);
            state.addClassName("cchc-upload-file-state");
            setAlignItems(Alignment.CENTER);
            add(label, bar, state);
        }

        void reading() {
            bar.setIndeterminate(true);
            state.setText(getTranslation("upload.reading"));
        }

        void done(String text, boolean error) {
            finished = true;
            bar.setIndeterminate(false);
            bar.setValue(1);
            state.setText(text);
            if (error) {
                state.getStyle().set("color", "var(--lumo-error-text-color)");
            }
        }
    }
}
