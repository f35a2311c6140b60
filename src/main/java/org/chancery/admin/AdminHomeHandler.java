package org.chancery.admin;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.chancery.account.Role;
import org.chancery.account.User;

/** {@code /admin}: the signed-in home: the way into the editor, and what one's role allows. */
public final class AdminHomeHandler {
    private final Auth auth;
    private final AdminPages pages;

    public AdminHomeHandler(Auth auth, AdminPages pages) {
        this.auth = auth;
        this.pages = pages;
    }

    public void show(Context ctx) {
        User user = auth.user(ctx);
        var page = new AdminHomePage(user.displayName(), user.role(), abilities(user.role()), user.can(Role.ADMIN));
        pages.render(ctx, "account/home.jte", page);
    }

    /** What a role allows, as bundle keys: each role adds to the one below it. */
    public static List<String> abilities(Role role) {
        List<String> keys = new ArrayList<>(List.of("admin.home.can.write", "admin.home.can.media"));
        if (role.includes(Role.EDITOR)) {
            keys.addAll(List.of("admin.home.can.publish", "admin.home.can.pages"));
        }
        if (role.includes(Role.ADMIN)) {
            keys.add("admin.home.can.users");
        }
        return List.copyOf(keys);
    }
}
