package org.chancery.site;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chancery.masthead.Masthead;
import org.chancery.masthead.MastheadService;
import org.chancery.menu.MenuService;
import org.chancery.web.BaseUrl;
import org.chancery.web.Encodings;
import org.chancery.web.ErrorPage;
import org.chancery.web.HttpError;
import org.chancery.web.Localizer;
import org.chancery.web.Representation;
import org.chancery.web.Templates;

/**
 * Renders a page in the site's layout for the language in the request's path, with the
 * masthead as of now. Handlers call it last. A page answered 200 carries an ETag and
 * Last-Modified (a matching conditional GET gets 304) and may be kept by browsers and proxies
 * until the masthead's clock shows the next minute, revalidating after.
 */
public final class Pages {
    private static final String HTML = "text/html; charset=utf-8";
    private static final String RENDERED = "chancery.rendered";
    /** The home page, which every language has. */
    private static final Pattern HOME = Pattern.compile("/([a-z]{2,3})/?");

    private final Templates templates;
    private final MastheadService masthead;
    private final MenuService menu;
    private final Map<String, Localizer> localizers;
    private final String defaultLanguage;
    private final List<String> languages;
    private final Clock clock;
    private final Encodings encodings;
    private final BaseUrl baseUrl;
    private final MastheadData mastheadData = new MastheadData();

    public Pages(Templates templates, MastheadService masthead, MenuService menu, List<String> languages, Clock clock,
            Encodings encodings, BaseUrl baseUrl) {
        this.templates = templates;
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.encodings = encodings;
        this.masthead = masthead;
        this.menu = menu;
        this.localizers = languages.stream().collect(Collectors.toMap(Function.identity(), Localizer::new));
        this.defaultLanguage = languages.get(0);
        this.languages = List.copyOf(languages);
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** The language of the request's {@code {lang}} path segment; an unknown one is a 404. */
    public String lang(Context ctx) {
        String lang = ctx.pathParam("lang");
        if (!localizers.containsKey(lang)) {
            throw HttpError.notFound();
        }
        return lang;
    }

    public Localizer localizer(String lang) {
        return localizers.getOrDefault(lang, localizers.get(defaultLanguage));
    }

    /** Renders a public page, which names what it shows. */
    public void render(Context ctx, String lang, String template, PublicPage page) {
        Shown shown = page.shown();
        Chrome chrome = chrome(ctx, lang, shown, (self, alternates) -> head(lang, page, self, alternates));
        render(ctx, template, page, shown, chrome);
    }

    /** Renders an error page, which is never kept and names no address of its own. */
    public void render(Context ctx, String lang, String template, ErrorPage page) {
        Shown shown = Shown.nothingKept();
        String missionName = masthead.settings().missionName(lang);
        Chrome chrome = chrome(ctx, lang, shown, (self, alternates) -> new Chrome.Head(null, missionName, List.of()));
        render(ctx, template, page, shown, chrome);
    }

    private void render(Context ctx, String template, Object page, Shown shown, Chrome chrome) {
        Instant now = clock.instant();
        byte[] html = templates.render(template, chrome, page).getBytes(StandardCharsets.UTF_8);
        if (ctx.statusCode() != 200) {
            // The charset in the header too, not only in <meta>: clients that are not browsers read only the header.
            ctx.contentType(HTML).result(html);
            return;
        }
        Representation rendered = new Representation(html, HTML, now);
        ctx.attribute(RENDERED, new Rendered(rendered, shown));
        String declared = ctx.res().getHeader("Cache-Control");  // the search page revalidates each time
        rendered.send(ctx, declared != null ? declared : cacheControl(now), encodings);
    }

    /** A page rendered with status 200 and what it shows, for the {@link PageCache}. */
    record Rendered(Representation page, Shown shown) {
    }

    /** The page the request rendered with status 200, for the {@link PageCache}; null if none. */
    static Rendered rendered(Context ctx) {
        return ctx.attribute(RENDERED);
    }

    /** Public, until the masthead's clock moves to the next minute; then to be revalidated. */
    static String cacheControl(Instant now) {
        long seconds = Duration.between(now, PageCache.nextMinute(now)).toSeconds();
        return "public, max-age=" + seconds + ", must-revalidate";
    }

    private Chrome chrome(Context ctx, String lang, Shown shown,
            BiFunction<String, List<Chrome.Alternate>, Chrome.Head> head) {
        String self = shown.sameIn().apply(lang);  // with the query that makes it this page
        if (self == null) {
            self = ctx.path();
        }
        Localizer t = localizer(lang);
        Masthead now = masthead.now(lang);
        List<Chrome.Alternate> alternates = alternates(ctx, lang, shown);
        return new Chrome(t, masthead.settings().missionName(lang), now, self, menu.items(lang), alternates,
                mastheadData.json(now, t), head.apply(self, alternates));
    }

    /**
     * The head of a public page: its canonical address (its own, or the one form its record names),
     * its description (else the mission's name), and, where it is in other languages, each version.
     */
    private Chrome.Head head(String lang, PublicPage page, String self, List<Chrome.Alternate> alternates) {
        String canonical = page.canonicalPath() != null ? page.canonicalPath() : self;
        String description = page.description() == null || page.description().isBlank()
                ? masthead.settings().missionName(lang) : page.description();
        List<Chrome.Version> versions = new ArrayList<>();
        alternates.stream().filter(Chrome.Alternate::translation)
                .forEach(a -> versions.add(new Chrome.Version(a.lang(), baseUrl.absolute(a.href()))));
        if (!versions.isEmpty()) {
            versions.add(new Chrome.Version(lang, baseUrl.absolute(self)));
        }
        return new Chrome.Head(baseUrl.absolute(canonical), description, versions);
    }

    /** The language of an {@code Accept-Language} header among the site's, or the default language. */
    public String preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return defaultLanguage;
        }
        try {
            String found = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), languages);
            return found == null ? defaultLanguage : found;
        } catch (IllegalArgumentException e) {
            return defaultLanguage;
        }
    }

    /**
     * Where this page is in other languages: its translations, else the same view there, else
     * (only linked, not named as an alternate) that language's home.
     */
    private List<Chrome.Alternate> alternates(Context ctx, String lang, Shown shown) {
        Map<String, String> named = shown.translations();
        Matcher home = HOME.matcher(ctx.path());
        return languages.stream().filter(other -> !other.equals(lang)).map(other -> {
            String name = Localizer.nameInItself(other);
            if (named.containsKey(other)) {
                return new Chrome.Alternate(other, name, named.get(other), true);
            }
            String same = shown.sameIn().apply(other);
            if (same != null) {
                return new Chrome.Alternate(other, name, same, true);
            }
            if (home.matches() && home.group(1).equals(lang)) {
                return new Chrome.Alternate(other, name, "/" + other + "/", true);
            }
            return new Chrome.Alternate(other, name, "/" + other + "/", false);
        }).toList();
    }
}
