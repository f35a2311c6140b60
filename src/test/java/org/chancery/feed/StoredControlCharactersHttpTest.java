package org.chancery.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chancery.db.Database;
import org.chancery.publication.Publication;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;
import org.chancery.support.StoredPublications;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/**
 * Text stored before control characters were refused (here written past every check) cannot break
 * what the site writes: feeds, the sitemap, pages and the API still answer 200, the XML well-formed.
 */
class StoredControlCharactersHttpTest {
    private static TestDatabase db;
    private static TestSite site;
    private static long id;

    @BeforeAll
    static void start() {
        db = TestDatabase.sqlite();
        site = TestSite.start(db, TestSite.SEED_INSTANT, c -> c);
        site.restart(() -> {
            try (Database database = Database.open(db.resolved())) {
                Instant at = TestSite.SEED_INSTANT;
                id = new StoredPublications(database).insert(new Publication(null, "bad\u0001slug",
                        PublicationType.STATEMENT, "en", Status.PUBLISHED, "Bad\u0001title\u0000\ufffe", "Lead\u001b",
                        "Body\u0002 text\ud800.", "Place\u0003", null, at, false, null, List.of("tag\u0004"), at, at));
                database.jdbi().useHandle(h -> h.createUpdate(
                        "UPDATE site_settings SET value = :v WHERE name = 'mission.name'")
                        .bind("v", "Embassy\u0001 of the Russian Federation").execute());
            }
        });
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Document xml(String path) throws Exception {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                response.body().getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/feed.xml", "/en/atom.xml", "/en/feed/statement.xml", "/en/atom/statement.xml",
        "/sitemap.xml"})
    void feeds_and_the_sitemap_are_well_formed_xml(String path) throws Exception {
        Document feed = xml(path);

        assertThat(feed.getDocumentElement().getTextContent()).doesNotContain("\u0001", "\u0000");
        if (!path.equals("/sitemap.xml")) {
            assertThat(feed.getDocumentElement().getTextContent()).contains("Badtitle", "Embassy of the Russian");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/", "/en/news", "/api/v1/publications"})
    void pages_and_the_api_still_answer(String path) {
        assertThat(site.get(path).statusCode()).as(path).isEqualTo(200);
        assertThat(site.get("/api/v1/publications/" + id).statusCode()).isEqualTo(200);
    }
}
