package org.chancery.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.chancery.audit.AuditLog;
import org.chancery.change.ChangeEvents;
import org.chancery.change.ChangeLog;
import org.chancery.config.Config;
import org.chancery.content.BodyRenderer;
import org.chancery.content.Paths;
import org.chancery.db.Database;
import org.chancery.home.HomeHandler;
import org.chancery.home.HomePage;
import org.chancery.masthead.Masthead;
import org.chancery.masthead.MastheadService;
import org.chancery.masthead.SettingsRepository;
import org.chancery.menu.MenuService;
import org.chancery.publication.Article;
import org.chancery.publication.PublicAddress;
import org.chancery.publication.PublicationMetadata;
import org.chancery.publication.PublicationPage;
import org.chancery.publication.PublicationReads;
import org.chancery.publication.PublicationService;
import org.chancery.sample.SampleSite;
import org.chancery.site.Chrome;
import org.chancery.site.MastheadData;
import org.chancery.support.StoredPublications;
import org.chancery.web.BaseUrl;
import org.chancery.web.Localizer;
import org.chancery.web.Templates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering the sample site's English home page and its longest publication, the TASS interview
 * transcript, with the precompiled templates. The {@code render*} benchmarks time the template
 * alone, on page records built once; the {@code build*} ones also build the records from the
 * database the way the handlers do (the rendered body comes from the service's cache, as it does
 * when serving). Run with {@code bench/jmh}; not a test, so surefire leaves it alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TemplateBenchmark {
    private static final String LANG = "en";
    private static final String BASE = "https://www.embassy.example";
    /** The transcript's slug, give or take the apostrophe. */
    private static final String INTERVIEW_SLUG = "%interview-with-tass-news-agency";
    private final MastheadData mastheadData = new MastheadData();

    private Path dir;
    private Database db;
    private Templates templates;
    private PublicationService publications;
    private PublicationMetadata metadata;
    private MastheadService masthead;
    private MenuService menu;
    private long interviewId;
    private Chrome homeChrome;
    private HomePage home;
    private Chrome publicationChrome;
    private PublicationPage publication;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("chancery-jmh");
        db = Database.open(Database.sqliteIn(dir));
        Clock clock = Clock.systemUTC();
        var settings = new SettingsRepository(db.jdbi());
        new SampleSite(db.jdbi(), settings, StoredPublications.writer(db, clock), clock).loadIntoEmpty();
        var changes = new ChangeLog(db.jdbi(), db.dialect(), new ChangeEvents());
        masthead = new MastheadService(settings, new AuditLog(db.jdbi()), clock, changes);
        menu = new MenuService(db.jdbi(), new AuditLog(db.jdbi()), Set.copyOf(Config.DEFAULT_LANGUAGES), clock, changes);
        Supplier<ZoneId> homeZone = () -> masthead.settings().homeZone();
        publications = new PublicationService(new PublicationReads(db.jdbi()), new BodyRenderer(), homeZone);
        metadata = new PublicationMetadata(BaseUrl.of(URI.create("https://embassy.example")),
                lang -> masthead.settings().missionName(lang), Localizer::new);
        templates = new Templates(Optional.empty());
        interviewId = db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT id FROM publications WHERE lang = :lang AND slug LIKE :slug ORDER BY id")
                .bind("lang", LANG).bind("slug", INTERVIEW_SLUG).mapTo(Long.class).findFirst())
                .orElseThrow(() -> new IllegalStateException("the sample site has no TASS interview"));
        home = homePage();
        homeChrome = chrome(Paths.home(LANG), Map.of("ru", Paths.home("ru")));
        publication = publicationPage();
        publicationChrome = chrome(publication.article().path(), publication.translations());
    }

    @TearDown
    public void tearDown() throws IOException {
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public String renderHome() {
        return templates.render("home/show.jte", homeChrome, home);
    }

    @Benchmark
    public String renderPublication() {
        return templates.render("publication/show.jte", publicationChrome, publication);
    }

    @Benchmark
    public String buildAndRenderHome() {
        return templates.render("home/show.jte", chrome(Paths.home(LANG), Map.of("ru", Paths.home("ru"))), homePage());
    }

    @Benchmark
    public String buildAndRenderPublication() {
        PublicationPage page = publicationPage();
        return templates.render("publication/show.jte",
                chrome(page.article().path(), page.translations()), page);
    }

    private HomePage homePage() {
        Article featured = publications.featured(LANG).orElse(null);
        long exceptId = featured == null ? -1 : featured.publication().id();
        return new HomePage(featured, publications.latest(LANG, HomeHandler.LATEST, exceptId), Paths.archive(LANG));
    }

    private PublicationPage publicationPage() {
        var shown = (PublicAddress.Shown) publications.atAddress(interviewId).orElseThrow();
        return shown.page().withMeta(metadata.of(shown.page().article()));
    }

    /**
     * The layout's chrome as {@code Pages} builds it for a request to {@code path}, which is in
     * other languages at {@code translations}' paths.
     */
    private Chrome chrome(String path, Map<String, String> translations) {
        List<Chrome.Alternate> alternates = Config.DEFAULT_LANGUAGES.stream().filter(other -> !other.equals(LANG)).map(other -> {
            Locale own = Locale.forLanguageTag(other);
            String name = own.getDisplayLanguage(own);
            name = name.substring(0, 1).toUpperCase(own) + name.substring(1);
            String translated = translations.get(other);
            return translated != null ? new Chrome.Alternate(other, name, translated, true)
                    : new Chrome.Alternate(other, name, "/" + other + "/", false);
        }).toList();
        Localizer t = new Localizer(LANG);
        Masthead now = masthead.now(LANG);
        List<Chrome.Version> hreflang = new ArrayList<>();
        alternates.stream().filter(Chrome.Alternate::translation)
                .forEach(a -> hreflang.add(new Chrome.Version(a.lang(), BASE + a.href())));
        if (!hreflang.isEmpty()) {
            hreflang.add(new Chrome.Version(LANG, BASE + path));
        }
        return new Chrome(t, masthead.settings().missionName(LANG), now, path, menu.items(LANG), alternates,
                mastheadData.json(now, t), new Chrome.Head(BASE + path, masthead.settings().missionName(LANG), hreflang));
    }
}
