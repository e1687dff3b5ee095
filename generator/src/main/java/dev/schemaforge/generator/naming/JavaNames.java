package dev.schemaforge.generator.naming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.schemaforge.generator.model.NamedType;
import dev.schemaforge.generator.model.Property;
import dev.schemaforge.generator.model.TypeGraph;
import dev.schemaforge.generator.model.TypeId;

/**
 * The Java name of every type, record component and enum constant of a graph, decided once.
 * Entry points are named before inline types, so {@code Connection} keeps its name and an inline
 * schema that would collide with it is the one that gets a number.
 */
public final class JavaNames {

    /** Type names that would shadow what generated code itself uses. */
    private static final Set<String> RESERVED_TYPES = Set.of("Object", "String", "Integer", "Long", "Boolean",
            "Double", "Float", "Number", "Override", "Deprecated", "Generated", "Nullable", "Objects", "Map", "List",
            "Optional", "Collections", "ArrayList", "LinkedHashMap", "BigDecimal", "OffsetDateTime", "LocalDate",
            "UUID", "URI", "Builder", "JsonProperty", "JsonInclude", "JsonIgnoreProperties", "JsonValue",
            "JsonCreator", "Class", "Enum", "Record", "System", "Math", "Void");

    /** Component names that would clash with methods every record or our builders declare. */
    private static final Set<String> RESERVED_MEMBERS = Set.of("builder", "toBuilder", "build", "hashCode",
            "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    /** Constant names that would clash with members every enum has. */
    private static final Set<String> RESERVED_CONSTANTS = Set.of("values", "valueOf", "value", "fromValue");

    private final Map<TypeId, String> typeNames = new LinkedHashMap<>();
    private final Map<TypeId, List<String>> memberNames = new LinkedHashMap<>();

    private JavaNames() {
    }

    public static JavaNames assign(TypeGraph graph) {
        JavaNames names = new JavaNames();
        Identifiers typeScope = new Identifiers(RESERVED_TYPES, true);
        for (boolean entries : new boolean[] {true, false}) {
            for (NamedType type : graph.types()) {
                if (graph.isEntry(type.id()) == entries) {
                    names.typeNames.put(type.id(), typeScope.allocate(type.id().reference(),
                            Identifiers.typeName(type.nameHint())));
                }
            }
        }
        for (NamedType type : graph.types()) {
            List<String> members = new ArrayList<>();
            if (type instanceof NamedType.ObjectType object) {
                Identifiers scope = new Identifiers(RESERVED_MEMBERS, false);
                for (Property property : object.properties()) {
                    members.add(scope.allocate(property.wireName(), Identifiers.memberName(property.wireName())));
                }
            } else if (type instanceof NamedType.EnumType enumType) {
                Identifiers scope = new Identifiers(RESERVED_CONSTANTS, false);
                for (String value : enumType.values()) {
                    members.add(scope.allocate(value, Identifiers.constantName(value)));
                }
            }
            names.memberNames.put(type.id(), List.copyOf(members));
        }
        return names;
    }

    /** The simple name of a generated type. */
    public String typeName(TypeId id) {
        String name = typeNames.get(id);
        if (name == null) {
            throw new IllegalArgumentException("no name for " + id);
        }
        return name;
    }

    /** Record component names in property order, or enum constant names in value order. */
    public List<String> memberNames(TypeId id) {
        return memberNames.get(id);
    }
}
