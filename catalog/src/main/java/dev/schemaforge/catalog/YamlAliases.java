package dev.schemaforge.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The anchors ({@code &name}) of one YAML document read so far, for resolving its aliases
 * ({@code *name}) to the values they repeat. Jackson's YAML parser hands an alias on as a string
 * holding its name; {@link DocumentReader} asks here for the value instead.
 *
 * <p>An alias stands for its anchored value as it was when the anchor closed: the tree holds that
 * node again, not a copy, which costs nothing for the reader but everything for whoever walks the
 * tree if aliases of aliases multiply it (the "billion laughs"). So the values that aliases stand
 * for are counted, inner aliases included, and a document whose aliases stand for more than
 * {@value #MAX_ALIASED_VALUES} values is refused. YAML 1.2 has no merge key: {@code <<} is an
 * ordinary member name, as the YAML parser reads it.
 */
final class YamlAliases {

    /** Far above what a hand-written description repeats; far below what stops a tree walk for minutes. */
    static final int MAX_ALIASED_VALUES = 1_000_000;

    private record Anchored(JsonNode value, long values) {
    }

    private final Map<String, Anchored> anchors = new HashMap<>();
    /** Anchors whose value is still being read: an alias of one would make that value endless. */
    private final Set<String> open = new HashSet<>();
    /** Values read so far, counting each alias as the values it stands for. */
    private long values;
    /** The values that aliases stand for. */
    private long aliased;

    /** Notes that a value starts, anchored when {@code anchor} is not null; the mark to pass to {@link #end}. */
    long begin(String anchor) {
        if (anchor != null) {
            open.add(anchor);
        }
        return values++;
    }

    /** Notes that the value begun at {@code mark} ended; when anchored, later aliases stand for it. */
    void end(String anchor, long mark, JsonNode value) {
        if (anchor != null) {
            open.remove(anchor);
            anchors.put(anchor, new Anchored(value, values - mark));
        }
    }

    /**
     * The value the alias {@code *name} stands for.
     *
     * @throws SchemaException at {@code where} when no anchor of that name closed before the alias,
     *         or when the document's aliases stand for too many values
     */
    JsonNode resolve(String name, Supplier<Location> where) {
        Anchored anchored = anchors.get(name);
        if (anchored == null) {
            throw new SchemaException(new Problem(where.get(), "", null, open.contains(name)
                    ? "the alias *" + name + " lies inside the value anchored &" + name
                            + ", which would make that value endless"
                    : "the alias *" + name + " refers to no anchor &" + name + " before it"));
        }
        values += anchored.values();
        aliased += anchored.values();
        if (aliased > MAX_ALIASED_VALUES) {
            throw new SchemaException(new Problem(where.get(), "", null, "beyond the reader's limits: the document's"
                    + " aliases stand for more than " + MAX_ALIASED_VALUES + " values"));
        }
        return anchored.value();
    }

    /** Notes a member name, which an alias may repeat as a value when it is anchored ({@code &key key: value}). */
    void name(AnchoredYamlFactory.Parser parser, String name) {
        String anchor = parser.anchor();
        if (anchor != null) {
            anchors.put(anchor, new Anchored(JsonNodeFactory.instance.stringNode(name), 1));
        }
    }

    /** The values that aliases stood for so far. */
    long aliased() {
        return aliased;
    }
}
