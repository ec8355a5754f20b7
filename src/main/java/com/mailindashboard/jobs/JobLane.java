package com.mailindashboard.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * The poller's turns in the background lane of the Mailin budget. The lane keeps at least
 * {@code perSecond * backgroundShare} calls a second, one turn every {@link #turn()}. While more jobs
 * are due than a cycle polls, the rest are given the following turns, in the order they became due,
 * and a job just polled waits behind them: a backlog of N jobs is polled within N turns, none twice
 * before every other has had its turn, and each job's next poll time says when it will be asked.
 * Without a backlog nothing changes (a job is asked after its backoff). Kept by one instance; with two,
 * each spreads what it finds.
 */
final class JobLane {

    private final Duration turn;
    /** The last turn given to a waiting job; null while there is no backlog. */
    private Instant lastTurn;

    JobLane(int perSecond, double backgroundShare) {
        double callsPerSecond = Math.max(0.001, Math.max(1, perSecond) * backgroundShare);
        this.turn = Duration.ofNanos((long) (1_000_000_000L / callsPerSecond));
    }

    /** The time between two turns at the lane's guaranteed rate. */
    Duration turn() {
        return turn;
    }

    /**
     * Turns for the jobs still due after a cycle took {@code polledNow} of them at {@code now}: the
     * polled ones use the first turns, the waiting ones the next, after any turn already given.
     */
    synchronized Instant[] turnsFor(int waiting, int polledNow, Instant now) {
        Instant first = now.plus(turn.multipliedBy(polledNow));
        Instant previous = lastTurn != null && lastTurn.isAfter(first.minus(turn)) ? lastTurn : first.minus(turn);
        Instant[] turns = new Instant[waiting];
        for (int i = 0; i < waiting; i++) {
            previous = previous.plus(turn);
            turns[i] = previous;
        }
        if (waiting > 0) {
            lastTurn = previous;
        }
        return turns;
    }

    /**
     * When a job just polled, due again at {@code earliest} by its backoff, will be asked: its
     * backoff's time, or the turn after the backlog's last one while a backlog still waits.
     */
    synchronized Instant next(Instant earliest) {
        if (lastTurn == null || !lastTurn.isAfter(earliest.minus(turn))) {
            return earliest;
        }
        lastTurn = lastTurn.plus(turn);
        return lastTurn;
    }
}
