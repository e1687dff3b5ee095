package dev.schemaforge.generator;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Maps a list on every core, each thread taking the next item until none is left. A parallel stream
 * cuts the list into a few long runs up front; with items of uneven cost (types of every size, code
 * still being compiled) one core then waited for the other through a third of Stripe's rendering.
 */
final class Parallel {

    private Parallel() {
    }

    /**
     * The function's results in the order of the items. The first exception or error any thread meets
     * stops the others at their next item and is thrown here as it was thrown.
     */
    static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < results.length && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    results[i] = function.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        int helpers = Math.min(results.length, Runtime.getRuntime().availableProcessors()) - 1;
        List<CompletableFuture<Void>> running = IntStream.range(0, helpers)
                .mapToObj(helper -> CompletableFuture.runAsync(work))
                .toList();
        work.run();
        running.forEach(CompletableFuture::join);
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> mapped = (List<R>) Arrays.asList(results);
        return mapped;
    }
}
