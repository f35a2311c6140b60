package org.chancery.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chancery.db.Database;
import org.chancery.publication.Publication;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;
import org.chancery.support.StoredPublications;
import org.chancery.support.TestDatabase;
import org.chancery.web.BaseUrl;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A sitemap too large for one file becomes an index of files, each within the limit (here 5 addresses a file). */
class SitemapServiceTest {
    private static final Instant T = Instant.parse("2020-05-01T10:00:00Z");
    private static final BaseUrl BASE = BaseUrl.of(URI.create("https://embassy.example"));

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private static List<Long> insert(Database db, int published) {
        var repo = new StoredPublications(db);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < published; i++) {
            Instant at = T.plus(Duration.ofHours(i));
            ids.add(repo.insert(new Publication(null, "item-" + i, PublicationType.NEWS, "en", Status.PUBLISHED, "T",
                    "", "", null, null, at, false, null, List.of(), at, at)));
        }
        repo.insert(new Publication(null, "draft", PublicationType.NEWS, "en", Status.DRAFT, "T", "", "", null, null,
                null, false, null, List.of(), T, T));
        return ids;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_small_site_has_one_file_with_home_archive_and_publications(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create(); Database database = Database.open(db.resolved())) {
            List<Long> ids = insert(database, 2);
            var sitemap = new SitemapService(new SitemapQueries(database.jdbi()), BASE, List.of("en"), 5);

            List<SitemapUrl> urls = SitemapDocs.entries(SitemapDocs.parse(sitemap.root()));

            Instant last = T.plus(Duration.ofHours(1));
            assertThat(urls).containsExactly(new SitemapUrl("https://embassy.example/en/", last),
                    new SitemapUrl("https://embassy.example/en/news", last),
                    new SitemapUrl("https://embassy.example/en/news/" + ids.get(0) + "-item-0", T),
                    new SitemapUrl("https://embassy.example/en/news/" + ids.get(1) + "-item-1", last));
            assertThat(sitemap.file(1)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void past_the_limit_the_sitemap_is_an_index_of_files_that_hold_every_address_once(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create(); Database database = Database.open(db.resolved())) {
            insert(database, 9);
            var sitemap = new SitemapService(new SitemapQueries(database.jdbi()), BASE, List.of("en"), 5);

            List<SitemapUrl> files = SitemapDocs.entries(SitemapDocs.parse(sitemap.root()));

            assertThat(files).extracting(SitemapUrl::loc).containsExactly("https://embassy.example/sitemaps/1.xml",
                    "https://embassy.example/sitemaps/2.xml", "https://embassy.example/sitemaps/3.xml");
            List<SitemapUrl> all = new ArrayList<>();
            for (int n = 1; n <= 3; n++) {
                List<SitemapUrl> part = SitemapDocs.entries(SitemapDocs.parse(sitemap.file(n).orElseThrow()));
                assertThat(part).hasSizeLessThanOrEqualTo(5);
                all.addAll(part);
            }
            assertThat(all).hasSize(11).extracting(SitemapUrl::loc).doesNotHaveDuplicates();
            assertThat(sitemap.file(4)).isEmpty();
            assertThat(sitemap.file(0)).isEmpty();
        }
    }
}
