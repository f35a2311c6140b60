package org.chancery.sitemap;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads sitemaps back with the JDK's namespace-aware XML parser. */
final class SitemapDocs {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SitemapDocs() {
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** Each {@code url} or {@code sitemap} element of the document as (loc, lastmod or null). */
    static List<SitemapUrl> entries(Document doc) {
        List<SitemapUrl> found = new ArrayList<>();
        Element root = doc.getDocumentElement();
        String name = root.getLocalName().equals("urlset") ? "url" : "sitemap";
        NodeList nodes = root.getElementsByTagNameNS(NS, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            NodeList lastmod = e.getElementsByTagNameNS(NS, "lastmod");
            found.add(new SitemapUrl(e.getElementsByTagNameNS(NS, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? null : java.time.Instant.parse(lastmod.item(0).getTextContent())));
        }
        return found;
    }
}
