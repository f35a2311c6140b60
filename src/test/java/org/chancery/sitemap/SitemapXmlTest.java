package org.chancery.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Sitemap files in the sitemaps.org 0.9 format, parsed back. */
class SitemapXmlTest {
    private final SitemapXml xml = new SitemapXml();

    @Test
    void a_urlset_names_each_address_with_its_last_change_to_the_second() {
        String text = xml.urlset(List.of(
                new SitemapUrl("https://embassy.example/en/news/1-a?x=1&y=2", Instant.parse("2020-05-26T09:57:00.123Z")),
                new SitemapUrl("https://embassy.example/en/", null)));

        Document doc = SitemapDocs.parse(text);

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapDocs.NS);
        assertThat(SitemapDocs.entries(doc)).containsExactly(
                new SitemapUrl("https://embassy.example/en/news/1-a?x=1&y=2", Instant.parse("2020-05-26T09:57:00Z")),
                new SitemapUrl("https://embassy.example/en/", null));
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("<lastmod>2020-05-26T09:57:00Z</lastmod>")
                .contains("?x=1&amp;y=2");
    }

    @Test
    void an_index_names_the_sitemap_files() {
        Document doc = SitemapDocs.parse(xml.index(List.of(new SitemapUrl("https://embassy.example/sitemaps/1.xml", null))));

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(SitemapDocs.entries(doc)).extracting(SitemapUrl::loc).containsExactly("https://embassy.example/sitemaps/1.xml");
    }
}
