package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.chancery.cli.UserAndTokenCommandsTest.Run;
import org.chancery.db.Database;
import org.chancery.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code chancery sample --generate N} fills a data directory for benchmarks; reindex then indexes it all. */
class SampleCommandTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private final String dir = db.dataDir().toString();

    @AfterEach
    void remove() {
        db.close();
    }

    private static Run run(String... args) {
        return UserAndTokenCommandsTest.run("", false, Map.of(), args);
    }

    @Test
    void generate_adds_publications_to_the_sample_site_and_reindex_indexes_them() {
        Run sample = run("sample", "--generate", "1500", "--data", dir);

        assertThat(sample.exit()).as(sample.err()).isZero();
        assertThat(sample.out()).matches("Added 1,500 publications in \\d+\\.\\d s\\n");
        assertThat(sample.err().lines()).last().asString().contains("100%").endsWith("1,500/1,500");
        try (Database database = Database.open(db.resolved())) {
            long count = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM publications")
                    .mapTo(Long.class).one());
            assertThat(count).isEqualTo(1_513);
        }
        Run reindex = run("reindex", "--data", dir);
        assertThat(reindex.out()).startsWith("Indexed 1,513 publications");
    }

    @Test
    void a_count_out_of_range_is_refused() {
        Run run = run("sample", "--generate", "0", "--data", dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--generate must be between 1 and");
    }
}
