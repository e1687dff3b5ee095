package dev.schemaforge.validator;

import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.joni.Matcher;
import org.joni.Option;

/**
 * Stops Joni searches that run longer than they may, without reading a clock during the search.
 *
 * <p>Joni's own timed search reads {@code System.nanoTime} as each search starts; with one search per
 * {@code pattern} check, that read cost more than the match itself on short values. Here a search
 * only says, in a slot of its thread, which matcher is running and how long it may run. One daemon
 * thread looks at the slots every {@link #ROUND_NANOS}: a matcher it sees running for the same search
 * for longer than allowed gets {@link Matcher#interrupt()}, and its search returns
 * {@link Matcher#INTERRUPTED}. A search is therefore stopped no sooner than its allowance, and
 * within about two rounds after it unless the machine is too busy to run the watchdog on time.
 *
 * <p>The watching thread starts with the first search and ends itself after {@link #IDLE_ROUNDS}
 * rounds without a running search, so an idle program keeps no thread for it.
 */
final class MatchWatchdog {

    static final long ROUND_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    static final int IDLE_ROUNDS = 100;

    private static final Set<Slot> SLOTS = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Slot> SLOT = ThreadLocal.withInitial(Slot::forThisThread);
    private static final AtomicBoolean WATCHING = new AtomicBoolean();

    private MatchWatchdog() {
    }

    /**
     * Searches all of {@code matcher}'s bytes, stopping after about {@code allowedNanos}.
     *
     * @return where the match starts, {@link Matcher#FAILED}, or {@link Matcher#INTERRUPTED} when stopped
     */
    static int search(Matcher matcher, int end, long allowedNanos) {
        Slot slot = SLOT.get();
        boolean threadInterrupted = Thread.currentThread().isInterrupted();
        slot.allowedNanos = allowedNanos; // published by the write of running below
        slot.running.set(matcher);
        if (!WATCHING.get()) {
            startWatching();
        }
        try {
            return matcher.search(0, end, Option.NONE);
        } finally {
            slot.running.lazySet(null); // a stale view only makes the watchdog stop a finished matcher
            if (threadInterrupted) {
                Thread.currentThread().interrupt(); // Joni clears the flag when a search is stopped
            }
        }
    }

    /** Whether a watching thread is running now; for tests. */
    static boolean watching() {
        return WATCHING.get();
    }

    private static void startWatching() {
        if (!WATCHING.compareAndSet(false, true)) {
            return;
        }
        Thread watchdog = new Thread(MatchWatchdog::watch, "schemaforge-pattern-watchdog");
        watchdog.setDaemon(true);
        try {
            watchdog.start();
        } catch (RuntimeException | Error e) {
            WATCHING.set(false);
            throw e;
        }
    }

    private static void watch() {
        try {
            watchUntilIdle();
        } catch (RuntimeException | Error e) {
            WATCHING.set(false); // so that the next search starts another; else none would watch again
            throw e;
        }
    }

    private static void watchUntilIdle() {
        int idleRounds = 0;
        while (true) {
            LockSupport.parkNanos(ROUND_NANOS);
            idleRounds = lookAtSlots(System.nanoTime()) ? 0 : idleRounds + 1;
            if (idleRounds < IDLE_ROUNDS) {
                continue;
            }
            // Stop, unless a search started while this thread decided to: that search either sees
            // WATCHING false and starts a new watchdog, or is running and seen here.
            WATCHING.set(false);
            if (!anyRunning() || !WATCHING.compareAndSet(false, true)) {
                return;
            }
            idleRounds = 0;
        }
    }

    /** Interrupts what has run too long; says whether anything was running. */
    private static boolean lookAtSlots(long now) {
        boolean busy = false;
        for (Slot slot : SLOTS) {
            if (slot.ownerGone()) {
                SLOTS.remove(slot);
                continue;
            }
            Matcher running = slot.running.get();
            if (running == null) {
                slot.watched = null;
                continue;
            }
            busy = true;
            if (running != slot.watched) {
                slot.watched = running;
                slot.watchedSince = System.nanoTime(); // read after the search began, never before
            } else if (now - slot.watchedSince >= slot.allowedNanos) {
                running.interrupt();
            }
        }
        return busy;
    }

    private static boolean anyRunning() {
        for (Slot slot : SLOTS) {
            if (slot.running.get() != null) {
                return true;
            }
        }
        return false;
    }

    /** One thread's search in flight. */
    private static final class Slot {
        private final WeakReference<Thread> owner = new WeakReference<>(Thread.currentThread());
        final AtomicReference<Matcher> running = new AtomicReference<>();
        /** Written by the searching thread before {@link #running}, read by the watchdog after it. */
        long allowedNanos;
        /** The watchdog's own: the running matcher it saw last, and when it first saw it. */
        Matcher watched;
        long watchedSince;

        static Slot forThisThread() {
            Slot slot = new Slot();
            SLOTS.add(slot);
            return slot;
        }

        boolean ownerGone() {
            Thread thread = owner.get();
            return thread == null || !thread.isAlive();
        }
    }
}
