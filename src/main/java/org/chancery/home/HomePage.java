package org.chancery.home;

import java.util.List;
import org.chancery.publication.Article;
import org.chancery.publication.ListedItem;
import org.chancery.site.PublicPage;
import org.chancery.site.Shown;

/** The home page: the featured publication in full (null when none) and the latest ones. */
public record HomePage(Article featured, List<ListedItem> latest, String archivePath) implements PublicPage {

    /** The newest publications: any publishing event may change them. */
    @Override
    public Shown shown() {
        return Shown.lists();
    }
}
