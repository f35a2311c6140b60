package org.chancery.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancery.support.Eventually.eventually;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.chancery.support.Eventually;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Rounds on a thread of its own: failures, a thread that dies, stopping, and what readiness is told. */
class BackgroundTaskTest {
    private static final Timing QUICK = Timing.every(Duration.ofMillis(1));

    @Test
    void a_round_that_throws_is_told_to_the_work_and_the_rounds_go_on() {
        AtomicInteger rounds = new AtomicInteger();
        List<Exception> failures = new CopyOnWriteArrayList<>();
        BackgroundTask.Work work = new BackgroundTask.Work() {
            @Override
            public void round() {
                if (rounds.incrementAndGet() == 1) {
                    throw new IllegalStateException("the first round fails");
                }
            }

            @Override
            public void failed(Exception e) {
                failures.add(e);
            }
        };
        try (BackgroundTask task = new BackgroundTask("test-failing-round", QUICK, work)) {
            task.start();
            eventually(() -> assertThat(rounds).as("three rounds").hasValueGreaterThanOrEqualTo(3));

            assertThat(failures).extracting(Exception::getMessage).containsExactly("the first round fails");
            assertThat(task.health().alive()).isTrue();
            assertThat(task.health().restarts()).isZero();
            assertThat(task.health().problem()).isEmpty();
        }
    }

    @Test
    void an_error_ends_the_thread_and_a_new_one_takes_over_the_rounds() {
        List<Thread> threads = new CopyOnWriteArrayList<>();
        Logger logger = (Logger) LoggerFactory.getLogger(BackgroundTask.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try (BackgroundTask task = new BackgroundTask("test-dying-thread", QUICK, () -> {
            threads.add(Thread.currentThread());
            if (threads.size() == 1) {
                throw new Error("the thread dies");
            }
        })) {
            task.start();
            eventually(() -> assertThat(threads).as("a round on a second thread").hasSizeGreaterThanOrEqualTo(2));

            assertThat(threads.get(1)).isNotSameAs(threads.get(0));
            assertThat(threads.get(1).getName()).isEqualTo("test-dying-thread");
            assertThat(threads.get(1).isDaemon()).isTrue();
            assertThat(task.health().alive()).isTrue();
            assertThat(task.health().restarts()).isEqualTo(1);
            assertThat(task.health().fatal()).as("replaced, so not lost").isEmpty();
            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(m -> assertThat(m).startsWith("Background task 'test-dying-thread' died"));
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void close_lets_the_round_in_progress_finish_then_finishes_the_work_once() throws Exception {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean roundCompleted = new AtomicBoolean();
        AtomicInteger finished = new AtomicInteger();
        BackgroundTask task = new BackgroundTask("test-closing", QUICK.stopWithin(Duration.ofMinutes(1)),
                new BackgroundTask.Work() {
                    @Override
                    public void round() throws InterruptedException {
                        inRound.countDown();
                        release.await();
                        roundCompleted.set(true);
                    }

                    @Override
                    public void finish() {
                        finished.incrementAndGet();
                    }
                });
        task.start();
        assertThat(inRound.await(Eventually.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        Thread closing = new Thread(task::close, "test-close");
        closing.start();
        eventually(() -> assertThat(closing.getState()).as("close() waits for the round")
                .isEqualTo(Thread.State.TIMED_WAITING));
        assertThat(finished).as("not before the round ends").hasValue(0);
        release.countDown();
        closing.join(Eventually.PATIENCE.toMillis());

        assertThat(closing.isAlive()).isFalse();
        assertThat(roundCompleted).as("the round was not interrupted").isTrue();
        assertThat(finished).hasValue(1);
        assertThat(task.health().alive()).isFalse();
        task.close();
        assertThat(finished).as("closing again does nothing").hasValue(1);
    }

    @Test
    void close_interrupts_a_round_that_outlasts_its_bound_and_returns() throws Exception {
        CountDownLatch inRound = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        BackgroundTask task = new BackgroundTask("test-stuck-round", QUICK.stopWithin(Duration.ofMillis(20)), () -> {
            inRound.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
        });
        task.start();
        assertThat(inRound.await(Eventually.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        Thread closing = new Thread(task::close, "test-close");
        closing.start();
        closing.join(Eventually.PATIENCE.toMillis());

        assertThat(closing.isAlive()).as("close() returned").isFalse();
        eventually(() -> assertThat(interrupted).as("the round is interrupted").isTrue());
        eventually(() -> assertThat(task.health().alive()).as("the thread ends").isFalse());
        assertThat(task.health().problem()).contains("background task: 'test-stuck-round' is not running");
    }

    @Test
    void a_task_whose_thread_cannot_be_replaced_is_reported_not_running() {
        AtomicInteger made = new AtomicInteger();
        ThreadFactory onlyOne = r -> made.getAndIncrement() == 0 ? new Thread(r, "test-irreplaceable") : null;
        try (BackgroundTask task = new BackgroundTask("test-irreplaceable", QUICK, () -> {
            throw new Error("the thread dies");
        }, onlyOne, System::nanoTime)) {
            task.start();
            eventually(() -> assertThat(task.health().alive()).as("the thread is gone").isFalse());

            assertThat(task.health().restarts()).isEqualTo(1);
            assertThat(task.health().problem()).contains("background task: 'test-irreplaceable' is not running");
            assertThat(task.health().lost()).isTrue();
            assertThat(task.health().fatal())
                    .contains("background task: 'test-irreplaceable' died and could not be started again");
        }
    }

    @Test
    void a_task_with_no_round_ended_for_longer_than_its_bound_is_late() {
        AtomicLong ticker = new AtomicLong();
        Timing hourly = Timing.every(Duration.ofHours(1));
        try (BackgroundTask task = new BackgroundTask("test-late", hourly, () -> { }, daemon("test-late"),
                ticker::get)) {
            task.start();
            ticker.addAndGet(hourly.lateAfter().toNanos());
            assertThat(task.health().problem()).as("exactly on the bound").isEmpty();

            ticker.addAndGet(Duration.ofMinutes(20).toNanos());
            assertThat(task.health().late()).isTrue();
            assertThat(task.health().problem())
                    .contains("background task: 'test-late' has finished no round for 8460 s");
        }
    }

    @Test
    void a_task_runs_only_between_start_and_close_and_starts_once() {
        BackgroundTask task = new BackgroundTask("test-once", QUICK, () -> { });
        assertThat(task.health().alive()).as("before start").isFalse();
        task.start();
        assertThatThrownBy(task::start).isInstanceOf(IllegalStateException.class);
        task.close();
        assertThatThrownBy(task::start).isInstanceOf(IllegalStateException.class);

        BackgroundTask never = new BackgroundTask("test-never", QUICK, () -> { });
        never.close();
        assertThat(never.health().problem()).contains("background task: 'test-never' is not running");
        assertThat(never.health().fatal()).as("stopped on purpose, not lost").isEmpty();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
