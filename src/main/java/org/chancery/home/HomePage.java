package org.chancery.home;

import java.util.List;
import org.chancery.publication.Article;
import org.chancery.publication.ListedItem;

/** The home page: the featured publication in full (null when none) and the latest ones. */
public record HomePage(Article featured, List<ListedItem> latest, String archivePath) {
}
