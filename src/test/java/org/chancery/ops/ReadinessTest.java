package org.chancery.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.chancery.background.Background;
import org.chancery.background.Health;
import org.junit.jupiter.api.Test;

/** What makes a node not alive, as against not ready: a background task lost for good. */
class ReadinessTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void a_task_lost_for_good_makes_the_node_not_alive_while_a_stopped_or_late_one_does_not() {
        Background lost = () -> new Health("chancery-scheduler", false, MINUTE, MINUTE, 3, true);
        Background stopped = () -> new Health("chancery-changes", false, Duration.ZERO, MINUTE, 0, false);
        Background late = () -> new Health("chancery-indexer", true, MINUTE.multipliedBy(5), MINUTE, 0, false);

        assertThat(new Readiness(null, null, List.of(stopped, late)).fatal()).isEmpty();
        assertThat(new Readiness(null, null, List.of(stopped, lost, late)).fatal())
                .containsExactly("background task: 'chancery-scheduler' died and could not be started again");
    }
}
