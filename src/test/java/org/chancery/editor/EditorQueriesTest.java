package org.chancery.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.chancery.account.Role;
import org.chancery.account.User;
import org.chancery.audit.AuditLog;
import org.chancery.change.ChangeEvents;
import org.chancery.change.ChangeLog;
import org.chancery.db.Database;
import org.chancery.editorial.ContentInput;
import org.chancery.editorial.EditorialItem;
import org.chancery.editorial.EditorialService;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;
import org.chancery.support.MutableClock;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The editor's list queries on SQLite, and on PostgreSQL when configured. */
class EditorQueriesTest {

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    /** A database with a few publications by two people, each saved a minute after the one before. */
    private static final class Desk implements AutoCloseable {
        final TestDatabase db;
        final Database database;
        final MutableClock clock = new MutableClock(Instant.parse("2020-05-26T09:57:00Z"));
        final EditorialService service;
        final EditorQueries queries;
        final User ann;
        final User ed;

        Desk(TestDatabase.Kind kind) {
            db = kind.create();
            database = Database.open(db.resolved());
            service = new EditorialService(database.jdbi(), new AuditLog(database.jdbi()),
                    new ChangeLog(database.jdbi(), database.dialect(), new ChangeEvents()),
                    Set.of("en", "ru"), clock);
            queries = new EditorQueries(database.jdbi());
            Staff staff = new Staff(database.jdbi(), clock);
            ann = staff.add("ann@embassy.test", Role.AUTHOR).user();
            ed = staff.add("ed@embassy.test", Role.EDITOR).user();
        }

        EditorialItem write(User author, String type, String title) {
            clock.advance(Duration.ofMinutes(1));
            return service.create(author, new ContentInput(type, "en", title, "", "Body.", null, null, null, null,
                    null, null, null));
        }

        List<String> titles(ListFilter filter) {
            return queries.page(filter, 0, 100).stream().map(ListRow::title).toList();
        }

        @Override
        public void close() {
            database.close();
            db.close();
        }
    }

    private static ListFilter title(String text) {
        return new ListFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, text);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_title_search_ignores_case_and_takes_wildcards_literally(TestDatabase.Kind kind) {
        try (Desk desk = new Desk(kind)) {
            desk.write(desk.ann, "news", "100% sure");
            desk.write(desk.ann, "news", "100 percent");
            desk.write(desk.ann, "news", "snake_case");
            desk.write(desk.ann, "news", "snakeXcase");
            desk.write(desk.ann, "news", "Back\\slash");
            desk.write(desk.ann, "interview", "Interview of LAVROV");

            assertThat(desk.titles(title("lavrov"))).containsExactly("Interview of LAVROV");
            assertThat(desk.titles(title("100%"))).containsExactly("100% sure");
            assertThat(desk.titles(title("e_c"))).containsExactly("snake_case");
            assertThat(desk.titles(title("k\\s"))).containsExactly("Back\\slash");
            assertThat(desk.titles(title("%"))).containsExactly("100% sure");
            assertThat(desk.queries.count(title("SNAKE"))).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void filters_combine_and_the_latest_change_comes_first(TestDatabase.Kind kind) {
        try (Desk desk = new Desk(kind)) {
            EditorialItem first = desk.write(desk.ann, "interview", "Ann's interview");
            desk.write(desk.ed, "interview", "Ed's interview");
            desk.write(desk.ann, "statement", "Ann's statement");
            desk.clock.advance(Duration.ofMinutes(1));
            desk.service.submit(desk.ann, first.id());

            assertThat(desk.titles(ListFilter.all())).containsExactly("Ann's interview", "Ann's statement",
                    "Ed's interview");
            var annsInterviews = new ListFilter(Optional.empty(), Optional.of(PublicationType.INTERVIEW),
                    Optional.of("en"), Optional.of(desk.ann.id()), false, "");
            assertThat(desk.titles(annsInterviews)).containsExactly("Ann's interview");
            var drafts = new ListFilter(Optional.of(Status.DRAFT), Optional.empty(), Optional.empty(),
                    Optional.empty(), false, "");
            assertThat(desk.titles(drafts)).containsExactly("Ann's statement", "Ed's interview");
            assertThat(desk.queries.page(ListFilter.all(), 0, 100).get(0).authorName()).isEqualTo("ann");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_force_publish_awaiting_approval_is_flagged_and_found(TestDatabase.Kind kind) {
        try (Desk desk = new Desk(kind)) {
            EditorialItem forced = desk.write(desk.ann, "statement", "Forced");
            desk.write(desk.ann, "statement", "Not forced");
            desk.service.forcePublish(desk.ed, forced.id(), "Embargo");
            var awaiting = new ListFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    true, "");

            assertThat(desk.queries.page(awaiting, 0, 10)).singleElement()
                    .satisfies(row -> assertThat(row.awaitingApproval()).isTrue())
                    .satisfies(row -> assertThat(row.status()).isEqualTo(Status.PUBLISHED));
            assertThat(desk.queries.count(awaiting)).isEqualTo(1);
            assertThat(desk.queries.staff()).extracting(StaffMember::name).containsExactly("ann", "ed");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_language_group_holds_its_original_first_and_its_translations_in_any_state(TestDatabase.Kind kind) {
        try (Desk desk = new Desk(kind)) {
            EditorialItem original = desk.write(desk.ann, "news", "Original");
            desk.write(desk.ann, "news", "Unrelated");
            EditorialItem translation = desk.service.createTranslation(desk.ed, new ContentInput("news", "ru",
                    "Перевод", "", "Текст.", null, null, null, null, null, null, null), original.id());

            var expected = List.of(new LanguageGroup.Member(original.id(), "Original", "en", Status.DRAFT, true),
                    new LanguageGroup.Member(translation.id(), "Перевод", "ru", Status.DRAFT, false));
            assertThat(desk.queries.group(original.id())).isEqualTo(expected);
            assertThat(desk.queries.group(translation.id())).isEqualTo(expected);
            assertThat(LanguageGroup.of(translation.id(), expected, List.of("en", "ru", "fr")))
                    .isEqualTo(new LanguageGroup(false, expected.subList(0, 1), List.of("fr")));
        }
    }
}
