package org.chancery.editor;

import java.time.ZoneId;
import java.util.List;
import org.chancery.archive.Pager;

/**
 * The editor's list of publications ({@code editor/list.jte}): one page of rows under the filter,
 * with the choices the filter form offers.
 *
 * @param total     how many publications match the filter
 * @param languages the site's languages
 * @param staff     the authors to filter by
 * @param zone      the home zone, in which times are shown
 */
public record PublicationListPage(
        ListFilter filter,
        List<ListRow> rows,
        long total,
        Pager pager,
        List<String> languages,
        List<StaffMember> staff,
        ZoneId zone) {

    public PublicationListPage {
        rows = List.copyOf(rows);
        languages = List.copyOf(languages);
        staff = List.copyOf(staff);
    }

    public String path() {
        return EditorPaths.LIST;
    }

    public String newPath() {
        return EditorPaths.NEW;
    }

    public String pageHref(int number) {
        String query = filter.query();
        String page = number > 1 ? "page=" + number : "";
        String joined = query.isEmpty() ? page : page.isEmpty() ? query : query + "&" + page;
        return joined.isEmpty() ? EditorPaths.LIST : EditorPaths.LIST + "?" + joined;
    }
}
