package vn.cchc.ingest;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * DOM builders for the parts of a .docx: POI's hardened factory (secure processing, no DTD, no
 * external entities, its entity expansion limit) with one setting changed — the DOM is built at
 * once instead of node by node as it is first visited ("deferred"). We visit every node of the
 * body, several times, and the deferred DOM's bookkeeping cost more than the building.
 */
final class WordXml {

    private static final String DEFER_NODE_EXPANSION = "http://apache.org/xml/features/dom/defer-node-expansion";
    /** Configured once; like POI's own shared factory, it only hands out builders afterwards. */
    private static final DocumentBuilderFactory FACTORY = factory();

    private WordXml() {
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = XMLHelper.getDocumentBuilderFactory();
        try {
            factory.setFeature(DEFER_NODE_EXPANSION, false);
        } catch (ParserConfigurationException e) {
            // another parser than the JDK's: its own DOM, still hardened
        }
        return factory;
    }

    /** A new builder; as POI's: an entity reference resolves to nothing, a fatal error is thrown. */
    static DocumentBuilder builder() {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // not a reason to stop reading
                }

                @Override
                public void error(SAXParseException e) {
                    // a validity error (we do not validate): not a reason to stop reading
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot create a DocumentBuilder", e);
        }
    }
}
