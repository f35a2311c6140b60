package org.chancery.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Renders JTE templates: the classes precompiled into the jar, or (in development) the sources
 * of a directory, recompiled when they change.
 */
public final class Templates {
    private final TemplateEngine engine;

    public Templates(Optional<Path> sources) {
        this.engine = sources
                .map(dir -> TemplateEngine.create(new DirectoryCodeResolver(dir), ContentType.Html))
                .orElseGet(() -> TemplateEngine.createPrecompiled(ContentType.Html));
        engine.setTrimControlStructures(true);
    }

    /**
     * Renders a page template, which takes its layout's {@code chrome} (the site's or the press
     * office's) and its own {@code page}.
     */
    public String render(String template, Object chrome, Object page) {
        StringOutput out = new StringOutput(16 * 1024);
        engine.render(template, Map.of("chrome", chrome, "page", page), out);
        return out.toString();
    }
}
