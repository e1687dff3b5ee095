package dev.schemaforge.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ParallelTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 5_000).boxed().toList();

    @Test
    void keepsTheOrderOfTheItemsAndMapsEachOnce() {
        AtomicInteger calls = new AtomicInteger();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();

        List<String> mapped = Parallel.map(ITEMS, item -> {
            calls.incrementAndGet();
            threads.add(Thread.currentThread());
            return "#" + item;
        });

        assertThat(mapped).containsExactlyElementsOf(ITEMS.stream().map(item -> "#" + item).toList());
        assertThat(calls).hasValue(ITEMS.size());
        assertThat(threads).contains(Thread.currentThread());
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
