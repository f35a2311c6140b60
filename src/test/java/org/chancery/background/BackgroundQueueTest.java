package org.chancery.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.support.Eventually.eventually;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.chancery.support.Eventually;
import org.junit.jupiter.api.Test;

/** Jobs run one at a time in order, past failures and a dying thread, and those handed over run before it stops. */
class BackgroundQueueTest {

    @Test
    void jobs_run_in_order_and_one_that_throws_does_not_stop_the_next() {
        List<Integer> done = new CopyOnWriteArrayList<>();
        try (BackgroundQueue queue = new BackgroundQueue("test-queue", Duration.ofMinutes(1))) {
            queue.submit(() -> done.add(1));
            queue.submit(() -> {
                throw new IllegalStateException("this job fails");
            });
            queue.submit(() -> done.add(2));
            queue.awaitIdle(Eventually.PATIENCE);

            assertThat(done).containsExactly(1, 2);
            assertThat(queue.health().alive()).isTrue();
            assertThat(queue.health().restarts()).isZero();
        }
    }

    @Test
    void an_error_in_a_job_ends_its_thread_and_the_next_jobs_run_on_a_new_one() {
        List<Thread> ranOn = new CopyOnWriteArrayList<>();
        try (BackgroundQueue queue = new BackgroundQueue("test-queue", Duration.ofMinutes(1))) {
            queue.submit(() -> ranOn.add(Thread.currentThread()));
            queue.submit(() -> {
                throw new Error("the thread dies");
            });
            queue.submit(() -> ranOn.add(Thread.currentThread()));
            queue.awaitIdle(Eventually.PATIENCE);

            assertThat(ranOn).hasSize(2);
            assertThat(ranOn.get(1)).isNotSameAs(ranOn.get(0));
            assertThat(queue.health().alive()).isTrue();
            assertThat(queue.health().restarts()).isEqualTo(1);
        }
    }

    @Test
    void closing_runs_the_jobs_handed_over_and_refuses_new_ones() throws Exception {
        List<Integer> done = new CopyOnWriteArrayList<>();
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BackgroundQueue queue = new BackgroundQueue("test-queue", Duration.ofMinutes(1));
        queue.submit(() -> {
            inFirst.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.add(1);
        });
        queue.submit(() -> done.add(2));
        assertThat(inFirst.await(Eventually.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        Thread closing = new Thread(queue::close, "test-close");
        closing.start();
        eventually(() -> assertThat(closing.getState()).as("close() waits for the jobs")
                .isEqualTo(Thread.State.TIMED_WAITING));
        assertThat(queue.submit(() -> done.add(3))).as("refused once closing").isFalse();
        release.countDown();
        closing.join(Eventually.PATIENCE.toMillis());

        assertThat(closing.isAlive()).isFalse();
        assertThat(done).containsExactly(1, 2);
        assertThat(queue.health().alive()).isFalse();
        queue.awaitIdle(Eventually.PATIENCE);
    }
}
