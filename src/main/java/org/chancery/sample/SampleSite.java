package org.chancery.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.chancery.content.Slugs;
import org.chancery.editorial.EditorialReads;
import org.chancery.editorial.EditorialService;
import org.chancery.masthead.ClockSetting;
import org.chancery.masthead.ContactLine;
import org.chancery.masthead.DayCounter;
import org.chancery.masthead.SettingsRepository;
import org.chancery.masthead.SiteSettings;
import org.chancery.menu.MenuItem;
import org.chancery.menu.MenuRepository;
import org.chancery.page.PageRepository;
import org.chancery.page.StaticPage;
import org.chancery.publication.Publication;
import org.chancery.publication.PublicationType;
import org.chancery.publication.SeriesPart;
import org.chancery.publication.Status;
import org.chancery.validation.ControlCharacters;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample site, kept as readable files under {@code sample/} on the classpath: the masthead
 * settings in {@code site.properties}, one Markdown file with front matter per publication and
 * per static page, the navigation in {@code menu.properties}. It is loaded in one transaction
 * into a database that has no content yet; the publications go in through
 * {@link EditorialService#load}, as every publication is written.
 */
public final class SampleSite {
    private static final Logger log = LoggerFactory.getLogger(SampleSite.class);
    private static final String ROOT = "/sample/";

    private final Jdbi jdbi;
    private final SettingsRepository settings;
    private final EditorialService editorial;
    private final EditorialReads publications;
    private final PageRepository pages = new PageRepository();
    private final MenuRepository menus = new MenuRepository();
    private final Clock clock;

    public SampleSite(Jdbi jdbi, SettingsRepository settings, EditorialService editorial, Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.editorial = editorial;
        this.publications = new EditorialReads(jdbi);
        this.clock = clock;
    }

    /** Loads the sample when the database holds no publications; returns whether it did. */
    public boolean loadIntoEmpty() {
        if (!publications.noPublications()) {
            return false;
        }
        SiteSettings site = siteSettings();
        List<String> names = indexed("publications/");
        List<Publication> items = publicationFiles();
        Map<String, String> originals = translationsOf(names);
        List<String> pageNames = indexed("pages/");
        List<StaticPage> staticPages = pageFiles();
        Map<String, List<MenuItem>> menu = parseMenu(properties("menu.properties"));
        // Repositories called inside this callback share its handle, so all of it commits or none.
        jdbi.useTransaction(h -> {
            settings.replace(site);
            Map<String, Long> ids = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String original = originals.get(names.get(i));
                ids.put(names.get(i), editorial.load(items.get(i), original == null ? null : ids.get(original)));
            }
            insertPages(h, pageNames, staticPages);
            menu.forEach((lang, links) -> menus.replace(h, lang, links));
        });
        log.info("Loaded the sample site: {} publications, {} static pages", items.size(), staticPages.size());
        return true;
    }

    static SiteSettings parseSettings(Properties p) {
        List<ClockSetting> clocks = new ArrayList<>();
        for (int i = 1; p.containsKey("clock." + i + ".label"); i++) {
            clocks.add(new ClockSetting(p.getProperty("clock." + i + ".label"),
                    ZoneId.of(required(p, "clock." + i + ".zone")), translations(p, "clock." + i + ".label")));
        }
        List<ContactLine> contacts = new ArrayList<>();
        for (int i = 1; p.containsKey("contact." + i + ".label"); i++) {
            contacts.add(new ContactLine(p.getProperty("contact." + i + ".label"),
                    p.getProperty("contact." + i + ".phone"), p.getProperty("contact." + i + ".email"),
                    translations(p, "contact." + i + ".label")));
        }
        List<DayCounter> counters = new ArrayList<>();
        for (int i = 1; p.containsKey("counter." + i + ".date"); i++) {
            counters.add(new DayCounter(LocalDate.parse(p.getProperty("counter." + i + ".date")),
                    p.getProperty("counter." + i + ".label"), p.getProperty("counter." + i + ".comment", ""), true,
                    translations(p, "counter." + i + ".label"), translations(p, "counter." + i + ".comment")));
        }
        return new SiteSettings(required(p, "mission.name"), ZoneId.of(required(p, "home.zone")),
                clocks, contacts, counters, translations(p, "mission.name"));
    }

    /** A setting's translations, written {@code clock.1.label.ru=Москва}: by language. */
    private static Map<String, String> translations(Properties p, String key) {
        Map<String, String> byLanguage = new TreeMap<>();
        p.stringPropertyNames().stream()
                .filter(k -> k.startsWith(key + ".") && k.indexOf('.', key.length() + 1) < 0)
                .forEach(k -> byLanguage.put(k.substring(key.length() + 1), p.getProperty(k)));
        return byLanguage;
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("sample settings: missing '" + key + "'");
        }
        return value;
    }

    /** The menus by language: {@code en.1.label}, {@code en.1.url}, {@code en.2.label}, ... */
    static Map<String, List<MenuItem>> parseMenu(Properties p) {
        Map<String, List<MenuItem>> menus = new TreeMap<>();
        p.stringPropertyNames().stream().filter(k -> k.endsWith(".1.label")).map(k -> k.substring(0, k.indexOf('.')))
                .forEach(lang -> {
                    List<MenuItem> items = new ArrayList<>();
                    for (int i = 1; p.containsKey(lang + "." + i + ".label"); i++) {
                        items.add(new MenuItem(p.getProperty(lang + "." + i + ".label"),
                                required(p, lang + "." + i + ".url")));
                    }
                    menus.put(lang, items);
                });
        return menus;
    }

    private SiteSettings siteSettings() {
        return parseSettings(properties("site.properties"));
    }

    private static Properties properties(String name) {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(open(name), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample file " + name, e);
        }
        p.forEach((key, value) -> ControlCharacters.problem(String.valueOf(key), String.valueOf(value))
                .ifPresent(problem -> {
                    throw new IllegalArgumentException(name + ": " + problem.field() + ": " + problem.detail());
                }));
        return p;
    }

    private List<Publication> publicationFiles() {
        return indexed("publications/").stream()
                .map(name -> publication(name, FrontMatter.parse(name, read("publications/" + name))))
                .toList();
    }

    /**
     * The files that translate another, named in their {@code translation-of}: file to original
     * file, which must be listed before it.
     */
    private static Map<String, String> translationsOf(List<String> names) {
        Map<String, String> originals = new TreeMap<>();
        for (String name : names) {
            String original = FrontMatter.parse(name, read("publications/" + name)).optional("translation-of");
            if (original != null) {
                if (!names.subList(0, names.indexOf(name)).contains(original)) {
                    throw new IllegalStateException("sample file " + name + ": translation-of names no sample file"
                            + " listed before it");
                }
                originals.put(name, original);
            }
        }
        return originals;
    }

    /**
     * Inserts the pages in their index's order; a page's {@code translation-of} names a file listed
     * before it, whose page it then translates.
     */
    private void insertPages(Handle h, List<String> names, List<StaticPage> staticPages) {
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String original = FrontMatter.parse(name, read("pages/" + name)).optional("translation-of");
            if (original != null && !ids.containsKey(original)) {
                throw new IllegalStateException("sample file " + name + ": translation-of names no page listed before it");
            }
            StaticPage p = staticPages.get(i);
            ids.put(name, pages.insert(h, new StaticPage(0, p.lang(), p.slug(), p.title(), p.body(), 1, p.updatedAt(),
                    null, original == null ? null : ids.get(original))));
        }
    }

    private List<StaticPage> pageFiles() {
        return indexed("pages/").stream().map(name -> page(name, FrontMatter.parse(name, read("pages/" + name))))
                .toList();
    }

    /** The file names listed in a folder's {@code index.txt}, in order. */
    private static List<String> indexed(String folder) {
        return Arrays.stream(read(folder + "index.txt").split("\n"))
                .map(String::strip)
                .filter(name -> !name.isEmpty() && !name.startsWith("#"))
                .toList();
    }

    StaticPage page(String name, FrontMatter f) {
        try {
            return new StaticPage(0, f.required("lang"), f.required("slug"), f.required("title"), f.body(), 1,
                    clock.instant(), null, null);
        } catch (RuntimeException e) {
            throw new IllegalStateException("sample file " + name + ": " + e.getMessage(), e);
        }
    }

    Publication publication(String name, FrontMatter f) {
        try {
            String title = f.required("title");
            String seriesKey = f.optional("series");
            String eventDate = f.optional("event-date");
            String speakers = f.optional("speakers");
            var now = clock.instant();
            return new Publication(null, Slugs.slugify(title),
                    PublicationType.fromCode(f.required("type"))
                            .orElseThrow(() -> new IllegalArgumentException("unknown type " + f.required("type"))),
                    f.required("lang"), Status.PUBLISHED, title, f.optional("lead"), f.body(), f.optional("place"),
                    eventDate == null ? null : LocalDate.parse(eventDate),
                    OffsetDateTime.parse(f.required("published")).toInstant(),
                    flag(f.optional("featured")),
                    seriesKey == null ? null : new SeriesPart(seriesKey, Integer.parseInt(f.required("part"))),
                    speakers == null ? List.of() : Arrays.stream(speakers.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    now, now);
        } catch (RuntimeException e) {
            throw new IllegalStateException("sample file " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean flag(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new IllegalArgumentException("'featured' must be true or false, not '" + value + "'");
    }

    private static String read(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample file " + path, e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = SampleSite.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("the sample file " + path + " is missing from the build");
        }
        return in;
    }
}
