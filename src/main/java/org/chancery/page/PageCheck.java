package org.chancery.page;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.content.Slugs;
import org.chancery.validation.ControlCharacters;
import org.chancery.validation.FieldCheck;
import org.chancery.validation.FieldProblem;

/** Checks a page's typed fields, all at once, and gives the page's content as it will be saved. */
final class PageCheck {
    static final int MAX_TITLE = 200;
    static final int MAX_SLUG = 80;
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** The checked content: stripped, with a slug made from the title when none was typed. */
    record Checked(String lang, String slug, String title, String body) {
    }

    private PageCheck() {
    }

    /** Checks everything but whether the address is free, which needs the database. */
    static Checked check(PageInput input, Set<String> languages, FieldCheck check) {
        String lang = input.lang() == null ? "" : input.lang().strip();
        if (!languages.contains(lang)) {
            check.invalid("lang", "form.error.lang");
        }
        String title = check.required("title", input.title(), MAX_TITLE);
        String slug = check.optional("slug", input.slug(), MAX_SLUG);
        if (slug.isEmpty() && !title.isEmpty()) {
            slug = Slugs.slugify(title);
        }
        if (!check.hasProblem("slug") && !slug.isEmpty()) {
            if (!SLUG.matcher(slug).matches()) {
                check.invalid("slug", "page.error.slugFormat");
            } else if (ReservedSlugs.contains(slug)) {
                check.invalid("slug", "page.error.slugReserved", slug);
            }
        }
        String body = input.body() == null ? "" : input.body().stripTrailing();
        Optional<FieldProblem> control = ControlCharacters.problem("body", body);
        if (control.isPresent()) {
            check.problem(control.get());
        } else if (body.isBlank()) {
            check.problem(FieldProblem.of("body", "required", "form.error.required"));
        } else if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            check.invalid("body", "page.error.bodyTooLarge", MAX_BODY_BYTES / (1024 * 1024));
        }
        return new Checked(lang, slug, title, body);
    }
}
