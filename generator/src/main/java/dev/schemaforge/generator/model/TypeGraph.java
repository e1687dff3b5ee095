package dev.schemaforge.generator.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every type one run generates, keyed by schema location, in the deterministic order they were
 * found (entries first, in input order). Knows nothing of Java syntax.
 */
public final class TypeGraph {

    private final Map<TypeId, NamedType> types;
    private final Set<TypeId> entryTypes;
    private final Map<String, TypeRef> entries;

    /**
     * @param types every type, in discovery order
     * @param entryTypes the types that are named entry points; their names win over inline types' names
     * @param entries the type of every catalog entry point, by its {@code document#pointer} reference
     */
    public TypeGraph(Map<TypeId, NamedType> types, Set<TypeId> entryTypes, Map<String, TypeRef> entries) {
        this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        this.entryTypes = Set.copyOf(entryTypes);
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The type of each entry point (a record, a list, a scalar...), by {@code document#pointer}, in input order. */
    public Map<String, TypeRef> entries() {
        return entries;
    }

    /** True when the type is a named entry point (a component, a schema file), not an inline schema. */
    public boolean isEntry(TypeId id) {
        return entryTypes.contains(id);
    }

    public Collection<NamedType> types() {
        return types.values();
    }

    public NamedType get(TypeId id) {
        NamedType type = types.get(id);
        if (type == null) {
            throw new IllegalArgumentException("no type " + id + " in the graph");
        }
        return type;
    }
}
