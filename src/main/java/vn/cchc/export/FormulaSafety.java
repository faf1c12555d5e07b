package vn.cchc.export;

/**
 * Report text must never run as a formula once exported: a label written "=HYPERLINK(...)" or
 * "+84 ..." is data. Excel, LibreOffice and Google Sheets treat a cell starting with one of these
 * characters as a formula when the text is typed or a CSV is opened (OWASP "CSV injection").
 */
final class FormulaSafety {

    private FormulaSafety() {
    }

    static boolean needsGuard(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
