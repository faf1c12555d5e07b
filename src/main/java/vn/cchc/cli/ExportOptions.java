package vn.cchc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.cchc.export.ExportLanguage;

/**
 * {@code export --db FILE --indicator ID [--from P] [--to P] [--province X] [--boundary 63|34]
 * [--kind K] [--agency A] [--pivot] --out FILE [--format xlsx|csv] [--force] [--lang vi|en]}
 *
 * @param boundary 63, 34, or 0 when not given (the province's name decides)
 * @param csv      CSV instead of .xlsx: {@code --format csv}, or an --out file ending in .csv
 * @param force    overwrite an existing --out file (refused otherwise)
 */
record ExportOptions(Path db, String indicator, String from, String to, String province, int boundary, String kind,
        String agency, boolean pivot, Path out, boolean csv, boolean force, ExportLanguage language) {

    static ExportOptions parse(List<String> args) {
        Path db = null;
        String indicator = null;
        String from = null;
        String to = null;
        String province = null;
        int boundary = 0;
        String kind = null;
        String agency = null;
        boolean pivot = false;
        Path out = null;
        String format = null;
        boolean force = false;
        String lang = System.getenv("CCHC_LANG");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--db" -> db = Path.of(value(args, ++i, a));
                case "--indicator" -> indicator = value(args, ++i, a);
                case "--from" -> from = value(args, ++i, a);
                case "--to" -> to = value(args, ++i, a);
                case "--province" -> province = value(args, ++i, a);
                case "--boundary" -> {
                    String b = value(args, ++i, a);
                    if (!b.equals("63") && !b.equals("34")) {
                        throw new UsageException("--boundary must be 63 (the provinces until 2025-06-30) or 34 (since 2025-07-01), not " + b);
                    }
                    boundary = Integer.parseInt(b);
                }
                case "--kind" -> kind = value(args, ++i, a);
                case "--agency" -> agency = value(args, ++i, a);
                case "--pivot" -> pivot = true;
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--format" -> {
                    format = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    if (!format.equals("xlsx") && !format.equals("csv")) {
                        throw new UsageException("--format must be xlsx or csv, not " + format);
                    }
                }
                case "--force" -> force = true;
                case "--lang" -> lang = value(args, ++i, a);
                default -> throw new UsageException("unknown option or argument " + a);
            }
        }
        if (db == null) {
            throw new UsageException("--db FILE is required");
        }
        if (indicator == null) {
            throw new UsageException("--indicator ID is required");
        }
        if (out == null) {
            throw new UsageException("--out FILE is required");
        }
        if (boundary != 0 && province == null) {
            throw new UsageException("--boundary goes with --province");
        }
        boolean csv = format != null ? format.equals("csv")
                : out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        return new ExportOptions(db, indicator, from, to, province, boundary, kind, agency, pivot, out, csv, force,
                ExportLanguage.of(Cli.locale(lang)));
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
