package dev.schemaforge.generator.naming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.schemaforge.generator.model.NamedType;
import dev.schemaforge.generator.model.Property;
import dev.schemaforge.generator.model.TypeGraph;
import dev.schemaforge.generator.model.TypeId;
import dev.schemaforge.generator.model.TypeRef;

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
                if (object.additionalProperties() != null) {
                    members.add(scope.allocate("\0additionalProperties", "additionalProperties"));
                }
            } else if (type instanceof NamedType.EnumType enumType) {
                Identifiers scope = new Identifiers(RESERVED_CONSTANTS, false);
                for (int i = 0; i < enumType.values().size(); i++) {
                    String value = enumType.values().get(i);
                    String candidate = enumType.constantNames().isEmpty()
                            ? Identifiers.constantName(enumType.kind(), value)
                            : Identifiers.constantName(enumType.constantNames().get(i));
                    members.add(scope.allocate(value, candidate));
                }
            } else if (type instanceof NamedType.UnionType union) {
                Identifiers scope = new Identifiers(Set.of(names.typeNames.get(type.id()), "Deserializer"), true);
                for (NamedType.Variant variant : union.variants()) {
                    members.add(wraps(graph, variant.type())
                            ? scope.allocate(variant.type().toString(), wrapperName(graph, names, variant.type()))
                            : null);
                }
            }
            names.memberNames.put(type.id(), Collections.unmodifiableList(members));
        }
        return names;
    }

    /**
     * Whether a union variant needs a wrapper record: records and enums implement the union
     * themselves; scalars, lists, maps, other unions and external classes cannot.
     */
    public static boolean wraps(TypeGraph graph, TypeRef type) {
        return !(type instanceof TypeRef.Named named) || graph.get(named.id()) instanceof NamedType.UnionType;
    }

    /** {@code StringValue}, {@code CustomerList}, {@code LongMap}: what a wrapper holds, then {@code Value}. */
    private static String wrapperName(TypeGraph graph, JavaNames names, TypeRef type) {
        return Identifiers.typeName(describe(graph, names, type) + (type instanceof TypeRef.Named
                || type instanceof TypeRef.Scalar || type instanceof TypeRef.External ? "Value" : ""));
    }

    private static String describe(TypeGraph graph, JavaNames names, TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            return names.typeNames.get(named.id());
        }
        if (type instanceof TypeRef.ListOf list) {
            return describe(graph, names, list.item()) + "List";
        }
        if (type instanceof TypeRef.MapOf map) {
            return describe(graph, names, map.value()) + "Map";
        }
        if (type instanceof TypeRef.External external) {
            return external.typeName().replaceAll("<.*", "").replaceAll(".*\\.", "");
        }
        return ((TypeRef.Scalar) type).kind().word();
    }

    /** The simple name of a generated type. */
    public String typeName(TypeId id) {
        String name = typeNames.get(id);
        if (name == null) {
            throw new IllegalArgumentException("no name for " + id);
        }
        return name;
    }

    /**
     * Record component names in property order (then the catch-all map's, when the record keeps unknown
     * members), enum constant names in value order, or a union's wrapper names in variant order (null
     * for a variant that implements the union itself).
     */
    public List<String> memberNames(TypeId id) {
        return memberNames.get(id);
    }
}
