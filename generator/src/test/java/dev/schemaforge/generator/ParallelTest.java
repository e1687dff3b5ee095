package dev.schemaforge.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ParallelTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 5_000).boxed().toList();

    @Test
    void keepsTheOrderOfTheItemsAndMapsEachOnce() {
        AtomicInteger calls = new AtomicInteger();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Thread caller = Thread.currentThread();
        CountDownLatch callerTookOne = new CountDownLatch(1);

        List<String> mapped = Parallel.map(ITEMS, item -> {
            calls.incrementAndGet();
            threads.add(Thread.currentThread());
            if (Thread.currentThread() == caller) {
                callerTookOne.countDown();
            } else {
                // Left alone, a helper can take every item before the caller takes its first (it did on
                // a busy CI machine), so the helpers wait for the caller: a caller that never takes an
                // item fails the test after this wait instead of passing or failing by chance.
                awaitCaller(callerTookOne);
            }
            return "#" + item;
        });

        assertThat(mapped).containsExactlyElementsOf(ITEMS.stream().map(item -> "#" + item).toList());
        assertThat(calls).hasValue(ITEMS.size());
        assertThat(threads).contains(Thread.currentThread());
    }

    private static void awaitCaller(CountDownLatch callerTookOne) {
        try {
            if (!callerTookOne.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the calling thread took no item within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the calling thread", e);
        }
    }

    @Test
    void throwsWhatTheFunctionThrewAsItWasThrown() {
        IllegalStateException thrown = new IllegalStateException("type 1234 cannot be named");

        assertThatThrownBy(() -> Parallel.map(ITEMS, item -> {
            if (item == 1234) {
                throw thrown;
            }
            return item;
        })).isSameAs(thrown);
    }

    @Test
    void throwsAnErrorAsItWasThrown() {
        StackOverflowError thrown = new StackOverflowError();

        assertThatThrownBy(() -> Parallel.map(ITEMS, item -> {
            if (item == ITEMS.size() - 1) {
                throw thrown;
            }
            return item;
        })).isSameAs(thrown);
    }

    @Test
    void mapsNothingToNothing() {
        assertThat(Parallel.map(List.<Integer>of(), item -> item)).isEmpty();
    }
}
