package org.chancery.sitemap;

import java.io.StringWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.chancery.validation.ControlCharacters;

/**
 * Writes sitemaps in the sitemaps.org 0.9 format: a {@code urlset} of up to 50,000 addresses,
 * each with its {@code lastmod} (W3C date-time, to the second, in UTC), or a
 * {@code sitemapindex} naming the files of a larger site.
 */
public final class SitemapXml {
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    public String urlset(List<SitemapUrl> urls) {
        return write("urlset", "url", urls);
    }

    public String index(List<SitemapUrl> sitemaps) {
        return write("sitemapindex", "sitemap", sitemaps);
    }

    private static String write(String root, String element, List<SitemapUrl> urls) {
        StringWriter out = new StringWriter(urls.size() * 120 + 200);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NAMESPACE);
            for (SitemapUrl url : urls) {
                xml.writeCharacters("\n");
                xml.writeStartElement(element);
                text(xml, "loc", url.loc());
                if (url.lastmod() != null) {
                    text(xml, "lastmod", url.lastmod().truncatedTo(ChronoUnit.SECONDS).toString());
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the sitemap could not be written", e);
        }
        return out.append('\n').toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        // the writer would pass on a character XML cannot carry and leave the file unreadable
        xml.writeCharacters(ControlCharacters.strip(value));
        xml.writeEndElement();
    }
}
