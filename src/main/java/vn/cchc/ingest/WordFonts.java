package vn.cchc.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The font a Word run is drawn in, as Word resolves it: the run's own fonts, else its character
 * style's, else its paragraph style's (each following "based on"), else the document defaults.
 * Needed because the font is all that says a run is in a legacy encoding: ".VnTime" text is TCVN3
 * bytes, "VNI-Times" text is VNI bytes. The font for characters above ASCII (w:hAnsi) decides, as
 * that is the font Word draws the legacy letters in; w:ascii stands in when it is not set.
 */
final class WordFonts {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String[] ATTRIBUTES = {"hAnsi", "ascii"};
    /** Style chains are short; a cycle in a damaged styles part must not loop forever. */
    private static final int DEEPEST_CHAIN = 32;

    private final Map<String, Element> fontsOfStyle = new HashMap<>();
    private final Map<String, String> basedOn = new HashMap<>();
    private final Element defaultFonts;
    private final String defaultParagraphStyle;

    /** @param styles the w:styles element of the document's styles part, or null when it has none */
    WordFonts(Element styles) {
        Element defaults = null;
        String defaultStyle = null;
        if (styles != null) {
            defaults = path(styles, "docDefaults", "rPrDefault", "rPr", "rFonts");
            for (Element style : children(styles, "style")) {
                String id = style.getAttributeNS(W, "styleId");
                fontsOfStyle.put(id, path(style, "rPr", "rFonts"));
                Element parent = child(style, "basedOn");
                if (parent != null) {
                    basedOn.put(id, parent.getAttributeNS(W, "val"));
                }
                if ("paragraph".equals(style.getAttributeNS(W, "type"))
                        && ("1".equals(style.getAttributeNS(W, "default")) || "true".equals(style.getAttributeNS(W, "default")))) {
                    defaultStyle = id;
                }
            }
        }
        this.defaultFonts = defaults;
        this.defaultParagraphStyle = defaultStyle;
    }

    /** The font of a w:r element inside a paragraph of style {@code paragraphStyle} (null: the default). */
    String of(Element run, String paragraphStyle) {
        Element runFonts = path(run, "rPr", "rFonts");
        Element runStyle = path(run, "rPr", "rStyle");
        String paragraph = paragraphStyle == null || paragraphStyle.isEmpty() ? defaultParagraphStyle : paragraphStyle;
        for (String attribute : ATTRIBUTES) {
            String font = attribute(runFonts, attribute);
            if (font == null && runStyle != null) {
                font = ofStyle(runStyle.getAttributeNS(W, "val"), attribute);
            }
            if (font == null) {
                font = ofStyle(paragraph, attribute);
            }
            if (font == null) {
                font = attribute(defaultFonts, attribute);
            }
            if (font != null) {
                return font;
            }
        }
        return null;
    }

    private String ofStyle(String styleId, String attribute) {
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && !id.isEmpty() && seen.add(id) && seen.size() <= DEEPEST_CHAIN;
                id = basedOn.get(id)) {
            String font = attribute(fontsOfStyle.get(id), attribute);
            if (font != null) {
                return font;
            }
        }
        return null;
    }

    private static String attribute(Element fonts, String name) {
        if (fonts == null || !fonts.hasAttributeNS(W, name)) {
            return null;
        }
        String value = fonts.getAttributeNS(W, name);
        return value.isBlank() ? null : value;
    }

    // ---- small DOM helpers shared with the body reader ----------------------------------------

    static boolean isW(Node node, String localName) {
        return node instanceof Element && W.equals(node.getNamespaceURI()) && localName.equals(node.getLocalName());
    }

    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    static Element path(Element start, String... localNames) {
        Element e = start;
        for (String name : localNames) {
            if (e == null) {
                return null;
            }
            e = child(e, name);
        }
        return e;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n, localName)) {
                found.add((Element) n);
            }
        }
        return found;
    }

    /** A w:val attribute as a number (gridSpan, gridBefore), or {@code otherwise}. */
    static int intVal(Element e, int otherwise) {
        if (e == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(e.getAttributeNS(W, "val").strip());
        } catch (NumberFormatException ex) {
            return otherwise;
        }
    }
}
