package dev.schemaforge.validator;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The violations of a failing payload, spelled out when first read: the number is known at once,
 * while each violation's message, line and column and schema location are written on the first
 * {@code get}, all of them together (a payload's lines and columns are looked up in one walk). A
 * caller that only asks whether a payload is valid, or how many violations it has, pays for none of
 * that, as with networknt's own errors, whose messages are written when asked for. Unmodifiable and
 * safe to read from several threads; until read it keeps the payload's tree.
 */
final class SpelledOnRead extends AbstractList<Violation> implements RandomAccess {

    private final int size;
    /** Null once spelled. */
    private Supplier<List<Violation>> spell;
    private volatile List<Violation> spelled;

    SpelledOnRead(int size, Supplier<List<Violation>> spell) {
        this.size = size;
        this.spell = spell;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Violation get(int index) {
        return spelled().get(index);
    }

    /** Whether the violations have been written yet; for tests. */
    boolean isSpelled() {
        return spelled != null;
    }

    private List<Violation> spelled() {
        List<Violation> done = spelled;
        if (done == null) {
            synchronized (this) {
                done = spelled;
                if (done == null) {
                    done = List.copyOf(spell.get());
                    if (done.size() != size) {
                        throw new IllegalStateException("spelled " + done.size() + " violations of " + size);
                    }
                    spelled = done;
                    spell = null;
                }
            }
        }
        return done;
    }
}
