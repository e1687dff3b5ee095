package dev.schemaforge.validator;

import java.util.function.Supplier;

/**
 * Runs work again on a thread of its own with a deep stack, for work that overflowed its caller's.
 * networknt checks a payload by recursion, a few frames per level of nesting, and compiles regular
 * expressions by recursion too: a legitimately deep payload (the reader allows 1,000 levels) or a
 * long regular expression can need more than the 1 MB a Java thread has by default. Only recursion
 * that never ends overflows this one as well.
 */
final class DeepStack {

    /** Reserved, not committed: a thread touches only what it uses. */
    static final long BYTES = 64L << 20;

    private DeepStack() {
    }

    /**
     * {@code work}'s result on the caller's thread; when that overflows the caller's stack, on a
     * thread with a deep one.
     *
     * @throws StackOverflowError when the work overflows the deep stack too
     */
    static <T> T retrying(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            // tried again below, with more stack
        }
        return call(work);
    }

    /** {@code work}'s result, or what it threw, as thrown; waits for it even when interrupted. */
    static <T> T call(Supplier<T> work) {
        Object[] outcome = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                outcome[0] = work.get();
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, "schemaforge-deep-stack", BYTES);
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome[0];
        return result;
    }
}
