package org.chancery.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.chancery.content.Paths;
import org.chancery.publication.ListedItem;
import org.chancery.publication.PublicationType;
import org.chancery.site.PublicPage;
import org.chancery.site.Shown;

/**
 * The archive ("all messages"): one page of items, the pager and the filter form's choices.
 *
 * @param sameIn the address of the same filter and page in another language's archive, or null
 *               where that language has fewer pages
 */
public record ArchivePage(
        ArchiveFilter filter,
        List<ListedItem> items,
        Pager pager,
        long total,
        List<PublicationType> types,
        List<Integer> years,
        UnaryOperator<String> sameIn) implements PublicPage {

    /** The newest publications, whose every publishing event may change the page. */
    @Override
    public Shown shown() {
        return Shown.lists().withSameIn(sameIn);
    }

    /** The path-shaped address where one names this filter and page ({@code /en/news?type=interview} is {@code /en/news/type/interview}). */
    @Override
    public String canonicalPath() {
        return filter.href(pager.current(), true);
    }

    public String path() {
        return Paths.archive(filter.lang());
    }

    /**
     * The link to page {@code n} under the same filter: shaped like a path
     * ({@code /en/news/type/interview/page/2}) unless a year or month is chosen, so the pages a
     * static copy holds link to one another.
     */
    public String pageHref(int n) {
        return filter.href(n, true);
    }

    /** The years to choose from, newest first, with the chosen one even when nothing was published in it. */
    public List<Integer> yearChoices() {
        if (filter.year().isEmpty() || years.contains(filter.year().get())) {
            return years;
        }
        List<Integer> choices = new ArrayList<>(years);
        choices.add(filter.year().get());
        choices.sort(Comparator.reverseOrder());
        return choices;
    }

    public boolean filtered() {
        return !filter.query().isEmpty();
    }
}
