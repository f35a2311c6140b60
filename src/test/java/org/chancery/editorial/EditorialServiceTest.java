package org.chancery.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.chancery.account.Role;
import org.chancery.account.User;
import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;
import org.chancery.change.ChangeEvents;
import org.chancery.change.ChangeEvents.Kind;
import org.chancery.change.ChangeLog;
import org.chancery.db.Database;
import org.chancery.editorial.DiffRow.Change;
import org.chancery.publication.SeriesPart;
import org.chancery.publication.Status;
import org.chancery.support.MutableClock;
import org.chancery.support.Recorder;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The editorial service on a real database (SQLite, and PostgreSQL when configured), without HTTP. */
class EditorialServiceTest {
    private static final Instant NOW = Instant.parse("2020-05-26T09:57:00Z");

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    /** The service over a fresh database, with an author, two editors and the events it sent. */
    private static final class Desk implements AutoCloseable {
        final TestDatabase db;
        final Database database;
        final MutableClock clock = new MutableClock(NOW);
        final List<ChangeEvents.Event> events = new ArrayList<>();
        final EditorialService service;
        final EditorialReads reads;
        final User author;
        final User editor;
        final User otherEditor;

        Desk(TestDatabase.Kind kind) {
            db = kind.create();
            database = Database.open(db.resolved());
            var bus = new ChangeEvents();
            bus.subscribe(new Recorder(events));
            service = new EditorialService(database.jdbi(), new AuditLog(database.jdbi()),
                    new ChangeLog(database.jdbi(), database.dialect(), bus), Set.of("en"), clock);
            reads = new EditorialReads(database.jdbi());
            Staff staff = new Staff(database.jdbi(), clock);
            author = staff.add("ann@embassy.test", Role.AUTHOR).user();
            editor = staff.add("ed@embassy.test", Role.EDITOR).user();
            otherEditor = staff.add("eve@embassy.test", Role.ADMIN).user();
        }

        EditorialItem draft(String title, String body) {
            return service.create(author, new ContentInput("statement", "en", title, "", body, null, null, null,
                    null, null, null, null));
        }

        EditorialItem published(String title) {
            EditorialItem item = draft(title, "Body.");
            service.submit(author, item.id());
            return service.publish(editor, item.id());
        }

        List<String> audit(long id) {
            return new AuditLog(database.jdbi()).about("publication:" + id).stream().map(AuditEntry::action).toList();
        }

        @Override
        public void close() {
            database.close();
            db.close();
        }
    }

    private static ContentInput body(String body) {
        return new ContentInput(null, null, null, null, body, null, null, null, null, null, null, null);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void every_save_is_a_revision_and_restoring_makes_a_new_one(TestDatabase.Kind kind) {
        try (Desk desk = new Desk(kind)) {
            EditorialItem item = desk.draft("Notice", "One.\nTwo.");
            item = desk.service.update(desk.author, item.id(), 1, body("One.\nTwo changed.\nThree."), EditNote.none());
            item = desk.service.update(desk.editor, item.id(), 2, body("Four."), new EditNote("rewritten", false));

            EditorialItem restored = desk.service.restore(desk.editor, item.id(), 3, 1, EditNote.none());

            assertThat(restored.version()).isEqualTo(4);
            assertThat(restored.publication().body()).isEqualTo("One.\nTwo.");
            List<RevisionSummary> revisions = desk.reads.revisions(item.id());
            assertThat(revisions).extracting(RevisionSummary::number).containsExactly(1, 2, 3, 4);
            assertThat(revisions).extracting(RevisionSummary::authorEmail)
                    .containsExactly("ann@embassy.test", "ann@embassy.test", "ed@embassy.test", "ed@embassy.test");
            assertThat(revisions.get(2).changeNote()).isEqualTo("rewritten");
            assertThat(revisions.get(3).restoredFrom()).isEqualTo(1);
            assertThat(desk.reads.revision(item.id(), 4).content()).isEqualTo(desk.reads.revision(item.id(), 1).content());
            assertThat(desk.audit(item.id())).containsExactly("restore");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void diff_shows_two_revisions_side_by_side(TestDatabase.Kind kind) {
        try (Desk desk = new Desk(kind)) {
            EditorialItem item = desk.draft("Before", "Same line.\nOld line.\nGone line.");
            desk.service.update(desk.author, item.id(), 1, new ContentInput(null, null, "After", null,
                    "Same line.\nNew line.\nAdded <b>line</b>.", "London", null, null, null, null, null, null),
                    EditNote.none());

            RevisionDiff diff = desk.reads.diff(item.id(), 1, 2);

            assertThat(diff.fields()).containsExactly(new FieldChange("title", "Before", "After"),
                    new FieldChange("place", "", "London"));
            assertThat(diff.body()).containsExactly(
                    new DiffRow(Change.SAME, "Same line.", "Same line."),
                    new DiffRow(Change.CHANGED, "Old line.", "New line."),
                    new DiffRow(Change.CHANGED, "Gone line.", "Added <b>line</b>."));
            assertThat(diff.from().number()).isEqualTo(1);
            assertThat(diff.to().number()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void restoring_a_revision_restores_its_place_in_a_series(TestDatabase.Kind kind) {
        try (Desk desk = new Desk(kind)) {
            EditorialItem item = desk.service.create(desk.author, new ContentInput("interview", "en", "Part one", "",
                    "Body.", null, null, null, null, null, "tass-2020", "1"));
            EditorialItem moved = desk.service.update(desk.author, item.id(), 1, new ContentInput(null, null, null,
                    null, null, null, null, null, null, null, "", null), EditNote.none());

            assertThat(moved.publication().series()).isNull();
            assertThat(desk.reads.diff(item.id(), 1, 2).fields()).containsExactly(
                    new FieldChange("seriesKey", "tass-2020", ""), new FieldChange("seriesPart", "1", ""));
            EditorialItem restored = desk.service.restore(desk.author, item.id(), 2, 1, EditNote.none());
            assertThat(restored.publication().series()).isEqualTo(new SeriesPart("tass-2020", 1));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void the_actions_offered_are_those_the_checks_would_let_through(TestDatabase.Kind kind) {
        try (Desk desk = new Desk(kind)) {
            EditorialItem draft = desk.draft("Offered", "Body.");
            assertThat(desk.service.allowed(desk.author, draft)).containsExactly(EditorialAction.EDIT,
                    EditorialAction.SUBMIT);
            assertThat(desk.service.allowed(desk.editor, draft)).containsExactly(EditorialAction.EDIT,
                    EditorialAction.SUBMIT, EditorialAction.FORCE_PUBLISH);

            EditorialItem submitted = desk.service.submit(desk.editor, draft.id());
            assertThat(desk.service.allowed(desk.author, submitted)).containsExactly(EditorialAction.EDIT);
            assertThat(desk.service.allowed(desk.editor, submitted)).containsExactly(EditorialAction.EDIT,
                    EditorialAction.FORCE_PUBLISH);
            assertThat(desk.service.allowed(desk.otherEditor, submitted)).containsExactly(EditorialAction.EDIT,
                    EditorialAction.PUBLISH, EditorialAction.FORCE_PUBLISH, EditorialAction.SCHEDULE);

            EditorialItem forced = desk.service.forcePublish(desk.editor, draft.id(), "Embargo ends now");
            assertThat(desk.service.allowed(desk.author, forced)).isEmpty();
            assertThat(desk.service.allowed(desk.editor, forced)).containsExactly(EditorialAction.EDIT,
                    EditorialAction.WITHDRAW, EditorialAction.UNPUBLISH);
            assertThat(desk.service.allowed(desk.otherEditor, forced)).containsExactly(EditorialAction.EDIT,
                    EditorialAction.APPROVE, EditorialAction.WITHDRAW, EditorialAction.UNPUBLISH);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void the_second_of_two_saves_from_one_version_is_refused_with_what_the_first_changed(TestDatabase.Kind kind) {
        try (Desk desk = new Desk(kind)) {
            EditorialItem item = desk.draft("Shared", "Original.");
            desk.service.update(desk.editor, item.id(), 1, body("Editor's."), EditNote.none());

            assertThatThrownBy(() -> desk.service.update(desk.author, item.id(), 1, body("Author's."), EditNote.none()))
                    .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                        assertThat(e.kind()).isEqualTo(EditorialException.Kind.VERSION);
                        assertThat(e.current().version()).isEqualTo(2);
                        assertThat(e.changes()).containsExactly(new FieldChange("body", "Original.", "Editor's."));
                    });
            assertThat(desk.reads.find(item.id()).orElseThrow().publication().body()).isEqualTo("Editor's.");
            assertThat(desk.reads.revisions(item.id())).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void readers_caches_hear_of_every_change_they_can_see_and_of_nothing_else(TestDatabase.Kind kind) {
        try (Desk desk = new Desk(kind)) {
            EditorialItem item = desk.published("Evented");
            desk.service.update(desk.editor, item.id(), item.version(), body("Fixed."), new EditNote("", true));
            desk.service.withdraw(desk.editor, item.id(), "Outdated");
            desk.service.unpublish(desk.editor, item.id(), null);

            assertThat(desk.events).extracting(ChangeEvents.Event::kind)
                    .containsExactly(Kind.PUBLISHED, Kind.UPDATED, Kind.WITHDRAWN, Kind.UNPUBLISHED);
            assertThat(desk.events).extracting(ChangeEvents.Event::publicationId).containsOnly(item.id());
            assertThat(desk.audit(item.id())).containsExactly("submit", "publish", "withdraw", "unpublish");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_due_item_is_published_once_at_its_scheduled_time(TestDatabase.Kind kind) {
        try (Desk desk = new Desk(kind)) {
            EditorialItem item = desk.draft("Scheduled", "Body.");
            desk.service.submit(desk.author, item.id());
            Instant at = NOW.plus(Duration.ofMinutes(30));
            desk.service.schedule(desk.editor, item.id(), at);

            assertThat(desk.service.publishDue()).isEmpty();
            desk.clock.set(at.plus(Duration.ofHours(5)));
            List<EditorialItem> first = desk.service.publishDue();
            List<EditorialItem> second = desk.service.publishDue();

            assertThat(first).extracting(EditorialItem::id).containsExactly(item.id());
            assertThat(second).isEmpty();
            EditorialItem published = desk.reads.find(item.id()).orElseThrow();
            assertThat(published.status()).isEqualTo(Status.PUBLISHED);
            assertThat(published.publication().publishedAt()).isEqualTo(at);
            assertThat(published.workflow().scheduledAt()).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void an_admin_may_do_what_an_editor_may_and_an_author_may_not(TestDatabase.Kind kind) {
        try (Desk desk = new Desk(kind)) {
            EditorialItem item = desk.draft("Admin's turn", "Body.");
            desk.service.submit(desk.author, item.id());

            assertThatThrownBy(() -> desk.service.publish(desk.author, item.id()))
                    .isInstanceOfSatisfying(EditorialException.class,
                            e -> assertThat(e.kind()).isEqualTo(EditorialException.Kind.ROLE));
            assertThat(desk.service.publish(desk.otherEditor, item.id()).status()).isEqualTo(Status.PUBLISHED);
            assertThatThrownBy(() -> desk.service.update(desk.author, item.id(), 3, body("x"), EditNote.none()))
                    .isInstanceOfSatisfying(EditorialException.class,
                            e -> assertThat(e.getMessage()).contains("this one is published"));
        }
    }
}
