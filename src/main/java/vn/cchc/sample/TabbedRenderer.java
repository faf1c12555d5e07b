package vn.cchc.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The outline both DOCX conversions share (template method): letterhead, number and date, title,
 * body, recipients and signature, the appendix's title, then its tables as tab-separated rows.
 * The subclasses decide how a conversion marks emphasis and headings and how it lays the tables.
 */
abstract class TabbedRenderer implements ShapeRenderer {

    @Override
    public final String render(ReportContent c, ReportProse prose, RandomGenerator r) {
        List<String> out = new ArrayList<>();
        out.add("");
        prose.issuer(r).forEach(l -> out.add(strong(l)));
        ReportProse.motto().forEach(l -> out.add(strong(l)));
        out.add("");
        out.add(prose.number());
        out.add("");
        out.add(prose.dateLine());
        out.add("");
        title(out, prose.title());
        out.add("");
        for (ReportProse.Paragraph p : prose.body()) {
            out.add(p.heading() ? heading(p.text()) : p.text());
            out.add("");
        }
        out.add(strong("Nơi nhận:"));
        out.add("");
        out.addAll(prose.recipients());
        out.add("");
        List<String> signer = prose.signer();
        for (int i = 0; i < signer.size(); i++) {
            // Both conversions keep Word's bold around the signature block as Markdown asterisks.
            out.add((i == 0 ? "**" : "") + signer.get(i) + (i == signer.size() - 1 ? "**" : signerLineEnd()));
        }
        out.add("");
        out.add(strong(prose.signerName()));
        out.add("");
        appendixTitle(out, prose, r);
        tables(out, c.tables(), r);
        return String.join("\n", out) + "\n";
    }

    /** A bold line as the conversion writes it. */
    abstract String strong(String line);

    /** What ends a signature line that is not the last (Markdown's line break: two spaces). */
    abstract String signerLineEnd();

    /** "BÁO CÁO" and the title naming the period. */
    abstract void title(List<String> out, String title);

    /** A heading of the body ("I. CÔNG TÁC …"). */
    abstract String heading(String text);

    /** The appendix's title lines and caption. */
    abstract void appendixTitle(List<String> out, ReportProse prose, RandomGenerator r);

    /** The appendix's tables, each with its headings, header rows repeated at page breaks. */
    abstract void tables(List<String> out, List<AppendixTable> tables, RandomGenerator r);
}
