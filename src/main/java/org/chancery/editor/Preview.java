package org.chancery.editor;

import org.chancery.publication.Article;
import org.chancery.web.Localizer;

/** The publication as its page would show it, in its own language's words. Nothing is saved. */
public record Preview(Localizer t, Article article) {
}
