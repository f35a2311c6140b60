package org.chancery.menu;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** The menu of each language, stored row by row in order, replaced whole on the caller's handle. */
public final class MenuRepository {

    public List<MenuItem> items(Handle h, String lang) {
        return h.createQuery("SELECT label, url FROM menu_items WHERE lang = :lang ORDER BY position, id")
                .bind("lang", lang)
                .map((rs, ctx) -> new MenuItem(rs.getString("label"), rs.getString("url")))
                .list();
    }

    public void replace(Handle h, String lang, List<MenuItem> items) {
        h.createUpdate("DELETE FROM menu_items WHERE lang = :lang").bind("lang", lang).execute();
        for (int i = 0; i < items.size(); i++) {
            h.createUpdate("INSERT INTO menu_items (lang, position, label, url)"
                            + " VALUES (:lang, :position, :label, :url)")
                    .bind("lang", lang).bind("position", i)
                    .bind("label", items.get(i).label()).bind("url", items.get(i).url())
                    .execute();
        }
    }
}
