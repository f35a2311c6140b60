package org.chancery.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chancery.account.Role;
import org.chancery.content.Paths;
import org.chancery.support.ApiClient;
import org.chancery.support.MutableClock;
import org.chancery.support.Staff;
import org.chancery.support.TestImages;
import org.chancery.support.TestSite;
import org.chancery.web.Assets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample site written as static files: complete, self-contained, and rewritten only where it changed. */
class StaticExportTest {
    private static final String API = "/api/v1/publications";

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void start() {
        site = TestSite.sampleWith(new MutableClock(TestSite.SEED_INSTANT));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private StaticExport.Summary export() {
        return StaticExport.run(site.app(), dir, 4, (done, known) -> { });
    }

    private List<String> published(String where) {
        return site.app().database().jdbi().withHandle(h -> h.createQuery("SELECT id, lang, slug FROM publications"
                        + " WHERE status = 'published' AND published_at IS NOT NULL" + where + " ORDER BY id")
                .map((rs, ctx) -> Paths.publication(rs.getString("lang"), rs.getLong("id"), rs.getString("slug")))
                .list());
    }

    private Path fileOf(String path) {
        return dir.resolve(FileLayout.fileFor(path).orElseThrow());
    }

    @Test
    void export_holds_every_published_publication_in_both_languages_and_the_site_around_them() {
        StaticExport.Summary summary = export();

        List<String> publications = published("");
        assertThat(publications).anyMatch(p -> p.startsWith("/en/")).anyMatch(p -> p.startsWith("/ru/"));
        for (String path : publications) {
            assertThat(fileOf(path)).isRegularFile();
        }
        for (String file : List.of("index.html", "robots.txt", "sitemap.xml", "en/index.html", "ru/index.html",
                "en/news/index.html", "en/news/page/2/index.html", "en/news/type/interview/index.html",
                "ru/news/index.html", "en/search/index.html", "ru/search/index.html", "en/feed.xml", "en/atom.xml",
                "ru/feed.xml", "en/feed/interview.xml", "en/atom/interview.xml", "en/consular-services/index.html",
                Assets.path("site.css").substring(1), Assets.path("clock.js").substring(1), Manifest.FILE_NAME)) {
            assertThat(dir.resolve(file)).as(file).isRegularFile();
        }
        assertThat(text("en/news/page/2/index.html")).contains("All messages, page 2");
        assertThat(text("index.html")).contains("url=/en/");
        assertThat(Jsoup.parse(text("index.html")).select("link[rel=canonical]").attr("href"))
                .isEqualTo(site.url("/en/"));
        assertThat(summary.written()).isEqualTo(summary.files());
        assertThat(summary.removed()).isZero();
        assertThat(summary.missing()).isZero();
    }

    @Test
    void every_same_site_link_of_every_exported_page_leads_to_an_exported_file() {
        export();

        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : htmlFiles()) {
            Document doc = Jsoup.parse(read(page), "http://localhost:" + site.app().port() + "/");
            for (Element e : doc.select("[href], [src]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String local = localPath(link);
                if (local == null) {
                    continue;
                }
                checked++;
                if (local.contains("?") || !resolves(local)) {
                    broken.add(dir.relativize(page) + " -> " + link);
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(broken).isEmpty();
    }

    @Test
    void a_second_run_writes_nothing_when_nothing_changed() {
        export();
        StaticExport.Summary again = export();

        assertThat(again.written()).isZero();
        assertThat(again.removed()).isZero();
        assertThat(again.unchanged()).isEqualTo(again.files()).isPositive();
    }

    @Test
    void editing_one_publication_rewrites_its_page_and_the_lists_it_is_on_only() throws IOException {
        export();
        String oldest = published(" AND lang = 'en'").get(0);
        long id = Long.parseLong(oldest.replaceAll(".*/news/(\\d+)-.*", "$1"));
        Map<String, Object> before = modified();

        ApiClient editor = ApiClient.as(site, Staff.of(site).add("editor@embassy.example", Role.EDITOR));
        long version = editor.get(API + "/" + id).version();
        assertThat(editor.patch(API + "/" + id, Map.of("version", version, "lead", "A lead written again.",
                "changeNote", "lead corrected")).status()).isEqualTo(200);
        StaticExport.Summary summary = export();

        List<String> rewritten = new ArrayList<>();
        modified().forEach((file, time) -> {
            if (!time.equals(before.get(file)) && !file.equals(Manifest.FILE_NAME)) {
                rewritten.add(file);
            }
        });
        assertThat(rewritten).contains(FileLayout.fileFor(oldest).orElseThrow())
                .allMatch(f -> f.equals(FileLayout.fileFor(oldest).orElseThrow()) || !f.matches("(en|ru)/news/\\d+-.*"))
                .allMatch(f -> f.startsWith("en/") || f.startsWith("sitemap"));
        assertThat(text(FileLayout.fileFor(oldest).orElseThrow())).contains("A lead written again.");
        assertThat(summary.written()).isEqualTo(rewritten.size());
        assertThat(summary.removed()).isZero();
    }

    @Test
    void an_uploaded_image_a_publication_shows_is_exported_beside_it() throws IOException {
        Staff.Member member = Staff.of(site).add("editor@embassy.example", Role.EDITOR);
        byte[] png = TestImages.png(10, 10);
        var uploaded = site.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/media?name=map.png")))
                .header("Authorization", "Bearer " + member.token())
                .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build());
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String url = uploaded.headers().firstValue("Location").orElseThrow();
        String oldest = published(" AND lang = 'en'").get(0);
        long id = Long.parseLong(oldest.replaceAll(".*/news/(\\d+)-.*", "$1"));
        ApiClient editor = ApiClient.as(site, member);
        long version = editor.get(API + "/" + id).version();
        assertThat(editor.patch(API + "/" + id, Map.of("version", version, "body", "![The district](" + url + ")",
                "changeNote", "map added")).status()).isEqualTo(200);

        export();

        assertThat(text(FileLayout.fileFor(oldest).orElseThrow())).contains("src=\"" + url + "\"");
        assertThat(fileOf(url)).hasBinaryContent(png);
    }

    @Test
    void unpublishing_a_publication_removes_its_file_and_every_link_to_it() {
        export();
        String oldest = published(" AND lang = 'en'").get(0);
        long id = Long.parseLong(oldest.replaceAll(".*/news/(\\d+)-.*", "$1"));
        assertThat(fileOf(oldest)).isRegularFile();

        ApiClient editor = ApiClient.as(site, Staff.of(site).add("editor@embassy.example", Role.EDITOR));
        assertThat(editor.post(API + "/" + id + "/unpublish", null).status()).isEqualTo(200);
        StaticExport.Summary summary = export();

        assertThat(fileOf(oldest)).doesNotExist();
        assertThat(fileOf(oldest).getParent()).doesNotExist();
        // The oldest of eleven was alone on the archive's second page, which the site no longer has either.
        assertThat(dir.resolve("en/news/page/2/index.html")).doesNotExist();
        assertThat(summary.removed()).isEqualTo(2);
        assertThat(htmlFiles()).noneMatch(page -> read(page).contains(oldest));
    }

    @Test
    void files_the_export_did_not_write_are_left_alone() throws IOException {
        export();
        Path mine = Files.writeString(dir.resolve("en/notes.txt"), "kept");

        export();

        assertThat(mine).hasContent("kept");
    }

    private String text(String file) {
        return read(dir.resolve(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> htmlFiles() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each file's identity on disk (its inode): a file written again, by rename, gets a new one. */
    private Map<String, Object> modified() throws IOException {
        Map<String, Object> keys = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                keys.put(dir.relativize(f).toString(), Files.readAttributes(f, BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }

    /** The path of a link to this site, or null for another site's link, a fragment or an e-mail address. */
    private String localPath(String link) {
        String base = "http://localhost:" + site.app().port();
        String value = link.startsWith(base + "/") ? link.substring(base.length()) : link;
        if (!value.startsWith("/") || value.startsWith("//")) {
            return null;
        }
        int hash = value.indexOf('#');
        return hash >= 0 ? value.substring(0, hash) : value;
    }

    /** As a web server finds it with {@code try_files $uri $uri/index.html}. */
    private boolean resolves(String path) {
        Path file = dir.resolve(path.substring(1));
        return Files.isRegularFile(file) || Files.isRegularFile(file.resolve("index.html"));
    }
}
