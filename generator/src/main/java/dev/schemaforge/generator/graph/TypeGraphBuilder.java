package dev.schemaforge.generator.graph;

import static dev.schemaforge.generator.graph.SchemaFacts.declaresNull;
import static dev.schemaforge.generator.graph.SchemaFacts.docs;
import static dev.schemaforge.generator.graph.SchemaFacts.hasOwnShape;
import static dev.schemaforge.generator.graph.SchemaFacts.jsonTypes;
import static dev.schemaforge.generator.graph.SchemaFacts.members;
import static dev.schemaforge.generator.graph.SchemaFacts.pascal;
import static dev.schemaforge.generator.graph.SchemaFacts.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.EndlessCycles;
import dev.schemaforge.catalog.Entry;
import dev.schemaforge.catalog.JsonPointers;
import dev.schemaforge.catalog.Problem;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.catalog.SchemaNode;
import dev.schemaforge.generator.model.NamedType;
import dev.schemaforge.generator.model.Property;
import dev.schemaforge.generator.model.ScalarKind;
import dev.schemaforge.generator.model.TypeGraph;
import dev.schemaforge.generator.model.TypeId;
import dev.schemaforge.generator.model.TypeRef;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the catalog's entry points into a {@link TypeGraph}: which schemas become records, enums and
 * sealed unions, and the type of every property. Each schema location becomes at most one type, so
 * {@code $ref}s share it and recursive schemas terminate; structurally equal inline unions share one
 * interface.
 */
public final class TypeGraphBuilder {

    /** The type of a schema use, and whether it admits JSON {@code null}. */
    private record Analysis(TypeRef type, boolean nullable) {
    }

    static final TypeRef ANY = new TypeRef.Scalar(ScalarKind.ANY);

    private final Catalog catalog;
    /** Schemas that apply themselves again in place ({@code {"$ref": "#"}}) have no type: each is refused. */
    private final EndlessCycles endlessCycles;
    private final Map<TypeId, NamedType> types = new LinkedHashMap<>();
    private final Set<TypeId> entryTypes = new LinkedHashSet<>();
    private final Map<SchemaNode, String> entryNames = new LinkedHashMap<>();
    /** The schemas being analysed: meeting one again means recursion. */
    private final Set<SchemaNode> analysing = new HashSet<>();
    /** Unions whose variants are being analysed, and those of them a variant referred back to. */
    private final Set<TypeId> pendingUnions = new HashSet<>();
    private final Set<TypeId> recursiveUnions = new HashSet<>();
    /** Unions with a null branch: a second use of the same schema is nullable too. */
    private final Set<TypeId> nullableUnions = new HashSet<>();
    /** Each union's variants, so an equal union elsewhere reuses the interface. */
    private final Map<List<NamedType.Variant>, TypeId> unionsByVariants = new HashMap<>();

    private TypeGraphBuilder(Catalog catalog) {
        this.catalog = catalog;
        this.endlessCycles = new EndlessCycles(catalog);
        for (Entry entry : catalog.entries()) {
            entryNames.putIfAbsent(entry.schema(), entry.name());
        }
    }

    /** The graph of every type the catalog's entry points need. */
    public static TypeGraph build(Catalog catalog) {
        TypeGraphBuilder builder = new TypeGraphBuilder(catalog);
        Map<String, TypeRef> entries = new LinkedHashMap<>();
        for (Entry entry : catalog.entries()) {
            TypeRef type = builder.analyze(entry.schema(), entry.name()).type();
            entries.putIfAbsent(entry.schema().reference(), type);
            if (type instanceof TypeRef.Named named && named.id().reference().equals(entry.schema().reference())) {
                builder.entryTypes.add(named.id());
            }
        }
        return new TypeGraph(builder.types, builder.entryTypes, entries);
    }

    /**
     * The type of a schema use. Recursion through a record, enum or union refers to that type;
     * recursion through anything else (a map of itself, a list of itself, a chain of references) has
     * no Java type of its own and becomes {@code Object} where it closes. A cycle that never steps
     * into the value ({@code {"$ref": "#"}}, an {@code allOf} of itself) has no type, and is an error.
     */
    private Analysis analyze(SchemaNode schema, String hint) {
        List<Problem> cycles = endlessCycles.from(schema);
        if (!cycles.isEmpty()) {
            throw new SchemaException(cycles);
        }
        if (!analysing.add(schema)) {
            TypeId id = new TypeId(schema.reference());
            if (pendingUnions.contains(id)) {
                recursiveUnions.add(id);
            }
            return new Analysis(types.containsKey(id) ? new TypeRef.Named(id) : ANY, declaresNull(schema));
        }
        try {
            return analyzeOnce(schema, hint);
        } finally {
            analysing.remove(schema);
        }
    }

    private Analysis analyzeOnce(SchemaNode schema, String hint) {
        JsonNode node = schema.node();
        if (!node.isObject()) {
            KeywordShapes.checkIsSchema(schema);
            return new Analysis(ANY, true);
        }
        KeywordShapes.check(schema);
        JsonNode ref = node.path("$ref");
        if (ref.isString()) {
            SchemaNode target = catalog.resolve(schema, ref.stringValue());
            Analysis resolved = analyze(target, hintFor(target, hint));
            return new Analysis(resolved.type(), resolved.nullable() || declaresNull(schema));
        }
        boolean nullable = declaresNull(schema) || !node.has("type") && allOfAdmitsNull(schema);
        String javaType = SchemaFacts.javaType(schema);
        boolean shaped = node.has("properties") || node.has("enum");
        if (javaType != null && !shaped) {
            return new Analysis(new TypeRef.External(javaType), nullable);
        }
        if (javaType != null) {
            hint = javaType.substring(javaType.lastIndexOf('.') + 1);
        }
        if (node.has("enum")) {
            return enumeration(schema, hint, node.path("enum"), nullable);
        }
        if (node.has("const")) {
            JsonNode values = JsonNodeFactory.instance.arrayNode().add(node.path("const"));
            return enumeration(schema, hint, values, nullable);
        }
        List<SchemaNode> allOf = members(schema, "allOf").stream().filter(p -> !SchemaFacts.annotationOnly(p))
                .toList();
        if (!allOf.isEmpty() && !hasOwnShape(node)) {
            if (allOf.size() == 1) {
                Analysis only = analyze(allOf.get(0), hint);
                return new Analysis(only.type(), only.nullable() || nullable);
            }
            return new Analysis(mergesToObject(allOf) ? objectType(schema, hint) : ANY, nullable);
        }
        for (String keyword : new String[] {"oneOf", "anyOf"}) {
            List<SchemaNode> branches = members(schema, keyword);
            if (!branches.isEmpty() && !hasOwnShape(node)) {
                return union(schema, branches, hint, nullable, Discriminator.of(catalog, schema, entryNames));
            }
        }
        Set<String> jsonTypes = jsonTypes(node);
        if (jsonTypes.size() > 1) {
            return new Analysis(ANY, nullable);
        }
        String jsonType = jsonTypes.isEmpty() ? SchemaFacts.inferType(node) : jsonTypes.iterator().next();
        return switch (jsonType) {
            case "object" -> {
                if (!SchemaFacts.isOpenApi(schema) || !node.path("discriminator").isObject()) {
                    yield new Analysis(objectOrMap(schema, hint), nullable);
                }
                Discriminator discriminator = Discriminator.of(catalog, schema, entryNames);
                List<SchemaNode> subtypes = subtypes(schema, discriminator);
                yield subtypes.isEmpty() ? new Analysis(objectOrMap(schema, hint), nullable)
                        : union(schema, subtypes, hint, nullable, discriminator);
            }
            case "array" -> new Analysis(new TypeRef.ListOf(itemType(schema, hint)), nullable);
            case "null" -> new Analysis(ANY, true);
            default -> new Analysis(scalarForType(jsonType, schema), nullable);
        };
    }

    private Analysis enumeration(SchemaNode schema, String hint, JsonNode values, boolean nullable) {
        boolean allowsNull = nullable;
        for (JsonNode value : values) {
            allowsNull |= value.isNull();
        }
        EnumValues parsed = EnumValues.of(values);
        if (parsed == null) {
            return new Analysis(ANY, allowsNull);
        }
        TypeId id = new TypeId(schema.reference());
        if (!types.containsKey(id)) {
            List<String> names = new ArrayList<>();
            JsonNode varNames = schema.node().has("x-enum-varnames") ? schema.node().path("x-enum-varnames")
                    : schema.node().path("x-enumNames");
            for (JsonNode name : varNames) {
                names.add(name.asString());
            }
            if (names.size() != parsed.values().size() || parsed.values().size() != values.size()) {
                names.clear();
            }
            types.put(id, new NamedType.EnumType(id, hint, source(schema), docs(schema), parsed.kind(),
                    parsed.values(), names));
        }
        return new Analysis(new TypeRef.Named(id), allowsNull);
    }

    /**
     * A {@code oneOf}/{@code anyOf} (or a discriminator's subtypes). Null branches make it nullable;
     * the rest become variants, equal ones merged. One variant is that type; any variant that accepts
     * every value makes the whole union {@code Object}; otherwise it is a sealed union.
     */
    private Analysis union(SchemaNode schema, List<SchemaNode> branches, String hint, boolean nullable,
            Discriminator discriminator) {
        TypeId id = new TypeId(schema.reference());
        if (types.containsKey(id)) {
            return new Analysis(new TypeRef.Named(id), nullable || nullableUnions.contains(id));
        }
        types.put(id, null);
        pendingUnions.add(id);
        boolean anyNull = nullable;
        Map<TypeRef, List<String>> variants = new LinkedHashMap<>();
        Map<TypeRef, Boolean> referenced = new HashMap<>();
        try {
            for (int i = 0; i < branches.size(); i++) {
                SchemaNode branch = branches.get(i);
                if (isNullOnly(branch)) {
                    anyNull = true;
                    continue;
                }
                if (branch.node().isBoolean() && !branch.node().asBoolean()) {
                    continue;
                }
                Analysis analysis = analyze(branch, hintFor(branch, hint + "Option" + (i + 1)));
                anyNull |= analysis.nullable();
                List<String> tags = variants.computeIfAbsent(analysis.type(), t -> new ArrayList<>());
                JsonNode branchRef = branch.node().path("$ref");
                tags.addAll(discriminator.tagsFor(branchRef.isString()
                        ? catalog.resolve(branch, branchRef.stringValue()) : branch));
                boolean named = branch.node().has("$ref") || !(analysis.type() instanceof TypeRef.Named);
                referenced.merge(analysis.type(), named, Boolean::logicalAnd);
            }
        } finally {
            pendingUnions.remove(id);
        }
        boolean recursive = recursiveUnions.remove(id);
        List<NamedType.Variant> list = new ArrayList<>();
        variants.forEach((type, tags) -> list.add(new NamedType.Variant(type, new ArrayList<>(new LinkedHashSet<>(tags)))));
        boolean acceptsAnything = variants.containsKey(ANY);
        if (!recursive && (list.size() < 2 || acceptsAnything)) {
            types.remove(id);
            return new Analysis(acceptsAnything || list.isEmpty() ? ANY : list.get(0).type(), anyNull);
        }
        if (list.size() < 2) {
            // A union that refers to itself keeps its interface even with one real variant.
            list.add(new NamedType.Variant(ANY, List.of()));
        }
        boolean entry = entryNames.containsKey(schema);
        TypeId existing = unionsByVariants.get(list);
        if (existing != null && !entry && !recursive) {
            types.remove(id);
            return new Analysis(new TypeRef.Named(existing), anyNull);
        }
        unionsByVariants.putIfAbsent(list, id);
        String name = entry || !referenced.values().stream().allMatch(Boolean::booleanValue) || list.size() > 3
                ? hint : variantsName(list);
        types.put(id, new NamedType.UnionType(id, name, source(schema), docs(schema), list, discriminator.property()));
        if (anyNull) {
            nullableUnions.add(id);
        }
        return new Analysis(new TypeRef.Named(id), anyNull);
    }

    /** {@code StringOrCustomer}: a name that says what an inline union holds, so one shared interface reads well. */
    private String variantsName(List<NamedType.Variant> variants) {
        List<String> words = new ArrayList<>();
        for (NamedType.Variant variant : variants) {
            words.add(pascal(describe(variant.type())));
        }
        return String.join("Or", words);
    }

    private String describe(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            return types.get(named.id()) == null ? "Value" : types.get(named.id()).nameHint();
        }
        if (type instanceof TypeRef.ListOf list) {
            return describe(list.item()) + "List";
        }
        if (type instanceof TypeRef.MapOf map) {
            return describe(map.value()) + "Map";
        }
        if (type instanceof TypeRef.External external) {
            return external.typeName().replaceAll("<.*", "").replaceAll(".*\\.", "");
        }
        return ((TypeRef.Scalar) type).kind().word();
    }

    /**
     * The schemas that extend a discriminated base through {@code allOf}: the targets of its
     * {@code mapping}, else every entry point whose {@code allOf} refers to it.
     */
    private List<SchemaNode> subtypes(SchemaNode base, Discriminator discriminator) {
        List<SchemaNode> out = new ArrayList<>();
        for (SchemaNode target : discriminator.mappedSchemas()) {
            if (!target.equals(base) && !out.contains(target)) {
                out.add(target);
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (Entry entry : catalog.entries()) {
            for (SchemaNode part : members(entry.schema(), "allOf")) {
                JsonNode ref = part.node().path("$ref");
                if (ref.isString() && catalog.resolve(part, ref.stringValue()).equals(base)
                        && !out.contains(entry.schema())) {
                    out.add(entry.schema());
                }
            }
        }
        return out;
    }

    private boolean isNullOnly(SchemaNode schema) {
        JsonNode node = schema.node();
        if (node.path("$ref").isString()) {
            return isNullOnly(catalog.resolve(schema, node.path("$ref").stringValue()));
        }
        JsonNode type = node.path("type");
        if (type.isString()) {
            return type.stringValue().equals("null");
        }
        if (type.isArray() && !type.isEmpty()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return false;
                }
            }
            return true;
        }
        return node.path("enum").isArray() && node.path("enum").size() == 1 && node.path("enum").get(0).isNull()
                || node.has("const") && node.path("const").isNull();
    }

    private TypeRef objectOrMap(SchemaNode schema, String hint) {
        JsonNode node = schema.node();
        boolean hasProperties = node.path("properties").isObject() && !node.path("properties").isEmpty();
        boolean closed = node.path("additionalProperties").isBoolean() && !node.path("additionalProperties").asBoolean();
        if (hasProperties || closed && !node.path("patternProperties").isObject()) {
            return objectType(schema, hint);
        }
        return new TypeRef.MapOf(catchAllType(schema, List.of(schema), hint));
    }

    private TypeRef objectType(SchemaNode schema, String hint) {
        TypeId id = new TypeId(schema.reference());
        if (types.containsKey(id)) {
            return new TypeRef.Named(id);
        }
        types.put(id, null);
        Map<String, SchemaNode> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        List<SchemaNode> parts = new ArrayList<>();
        collectMembers(schema, properties, required, parts, new HashSet<>());
        List<Property> members = new ArrayList<>();
        for (Map.Entry<String, SchemaNode> member : properties.entrySet()) {
            String wireName = member.getKey();
            SchemaNode propertySchema = member.getValue();
            Analysis analysis = analyze(propertySchema, hint + pascal(wireName));
            JsonNode defaultValue = propertySchema.node().path("default");
            members.add(new Property(wireName, analysis.type(), required.contains(wireName), analysis.nullable(),
                    docs(propertySchema), defaultValue.isMissingNode() ? null : defaultValue.toString()));
        }
        boolean closed = closes(parts);
        boolean patterns = parts.stream().anyMatch(p -> p.node().path("patternProperties").isObject());
        TypeRef catchAll = closed && !patterns ? null : catchAllType(schema, parts, hint);
        types.put(id, new NamedType.ObjectType(id, hint, source(schema), docs(schema), members, catchAll, closed));
        return new TypeRef.Named(id);
    }

    /**
     * Whether an {@code allOf} describes an object its parts' members can be merged into: every part is
     * an object or says nothing of the type, and some part is an object. Anything else
     * ({@code allOf: [rule, {items: [...]}]}) is any value rather than a record that cannot read it.
     */
    private boolean mergesToObject(List<SchemaNode> parts) {
        int evidence = 0;
        for (SchemaNode part : parts) {
            int shape = objectShape(part, 0);
            if (shape < 0) {
                return false;
            }
            evidence += shape;
        }
        return evidence > 0;
    }

    /**
     * 1 when a schema describes only objects, 0 when it says nothing about the type, -1 when it admits
     * other values (another type, items, an enum, a union with a non-object branch).
     */
    private int objectShape(SchemaNode schema, int depth) {
        SchemaNode target = followRefs(schema);
        JsonNode node = target.node();
        if (depth > 8 || !node.isObject()) {
            return node.isBoolean() && node.asBoolean() ? 0 : -1;
        }
        Set<String> types = jsonTypes(node);
        if (types.size() > 1 || !types.isEmpty() && !types.contains("object") || node.has("items")
                || node.has("prefixItems") || node.has("enum") || node.has("const")) {
            return -1;
        }
        int shape = types.contains("object") || node.has("properties") ? 1 : 0;
        for (String keyword : new String[] {"oneOf", "anyOf"}) {
            for (SchemaNode branch : members(target, keyword)) {
                int branchShape = isNullOnly(branch) ? 0 : objectShape(branch, depth + 1);
                if (branchShape < 0) {
                    return -1;
                }
                shape = Math.max(shape, branchShape);
            }
        }
        for (SchemaNode part : members(target, "allOf")) {
            int partShape = objectShape(part, depth + 1);
            if (partShape < 0) {
                return -1;
            }
            shape = Math.max(shape, partShape);
        }
        return shape;
    }

    /**
     * Whether every {@code allOf} part admits JSON null (a {@code null} type or branch), so a schema
     * without a {@code type} of its own does too: {@code allOf: [{oneOf: [{type: object}, {type: null}]}]}.
     */
    private boolean allOfAdmitsNull(SchemaNode schema) {
        List<SchemaNode> parts = members(schema, "allOf");
        if (parts.isEmpty()) {
            return false;
        }
        for (SchemaNode part : parts) {
            SchemaNode target = followRefs(part);
            boolean admits = declaresNull(target) || isNullOnly(target);
            for (String keyword : new String[] {"oneOf", "anyOf"}) {
                for (SchemaNode branch : members(target, keyword)) {
                    admits |= isNullOnly(branch);
                }
            }
            if (!admits) {
                return false;
            }
        }
        return true;
    }

    /** The schema a chain of {@code $ref}s ends at (cut off after 32 hops, which only a cycle needs). */
    private SchemaNode followRefs(SchemaNode schema) {
        SchemaNode target = schema;
        for (int depth = 0; depth < 32 && target.node().path("$ref").isString(); depth++) {
            target = catalog.resolve(target, target.node().path("$ref").stringValue());
        }
        return target;
    }

    /**
     * Whether the merged parts reject undeclared members: {@code additionalProperties: false}, or
     * {@code unevaluatedProperties: false} where no part has a conditional or alternative subschema
     * ({@code oneOf}, {@code if}/{@code then}, ...) that could declare further members.
     */
    private static boolean closes(List<SchemaNode> parts) {
        boolean additionalClosed = false;
        boolean unevaluatedClosed = false;
        boolean othersMayDeclare = false;
        for (SchemaNode part : parts) {
            JsonNode node = part.node();
            additionalClosed |= node.path("additionalProperties").isBoolean()
                    && !node.path("additionalProperties").asBoolean();
            unevaluatedClosed |= node.path("unevaluatedProperties").isBoolean()
                    && !node.path("unevaluatedProperties").asBoolean();
            othersMayDeclare |= node.has("oneOf") || node.has("anyOf") || node.has("if") || node.has("then")
                    || node.has("else") || node.has("dependentSchemas") || node.has("dependencies");
        }
        return additionalClosed || unevaluatedClosed && !othersMayDeclare;
    }

    /**
     * The type of the members an object's schema does not name: the one schema that describes them
     * ({@code additionalProperties}, or a single {@code patternProperties} entry), else any value.
     */
    private TypeRef catchAllType(SchemaNode owner, List<SchemaNode> parts, String hint) {
        List<SchemaNode> describing = new ArrayList<>();
        for (SchemaNode part : parts) {
            JsonNode node = part.node();
            if (node.path("additionalProperties").isObject()) {
                describing.add(part.child("additionalProperties"));
            }
            for (String pattern : node.path("patternProperties").propertyNames()) {
                describing.add(part.child("patternProperties", pattern));
            }
        }
        if (describing.size() != 1) {
            return ANY;
        }
        return analyze(describing.get(0), hint + "Value").type();
    }

    /** Gathers properties and {@code required} from a schema and, through {@code allOf}, from its parts. */
    private void collectMembers(SchemaNode schema, Map<String, SchemaNode> properties, Set<String> required,
            List<SchemaNode> parts, Set<SchemaNode> seen) {
        if (!seen.add(schema)) {
            return;
        }
        parts.add(schema);
        JsonNode node = schema.node();
        if (node.isObject()) {
            KeywordShapes.check(schema);
        }
        if (node.path("$ref").isString()) {
            collectMembers(catalog.resolve(schema, node.path("$ref").stringValue()), properties, required, parts,
                    seen);
        }
        for (SchemaNode part : members(schema, "allOf")) {
            collectMembers(part, properties, required, parts, seen);
        }
        for (String name : node.path("properties").propertyNames()) {
            properties.putIfAbsent(name, schema.child("properties", name));
        }
        for (JsonNode name : node.path("required")) {
            if (name.isString()) {
                required.add(name.stringValue());
            }
        }
    }

    /**
     * The element type of an array: {@code items}; for a tuple ({@code prefixItems}, or an
     * {@code items} array before 2020-12), the one type all positions and the items after them
     * share, else any value. Items after the positions are any value unless the schema says
     * ({@code items} beside {@code prefixItems}, {@code additionalItems} beside an {@code items} array).
     */
    private TypeRef itemType(SchemaNode schema, String hint) {
        JsonNode node = schema.node();
        List<SchemaNode> positions = new ArrayList<>(members(schema, "prefixItems"));
        String restKeyword = "items";
        if (node.path("items").isArray()) {
            positions.addAll(members(schema, "items"));
            restKeyword = "additionalItems";
        }
        JsonNode rest = node.path(restKeyword);
        if (positions.isEmpty()) {
            return rest.isObject() ? analyze(schema.child("items"), hint + "Item").type() : ANY;
        }
        Set<TypeRef> shared = new LinkedHashSet<>();
        for (SchemaNode position : positions) {
            shared.add(analyze(position, hint + "Item").type());
        }
        if (rest.isObject()) {
            shared.add(analyze(schema.child(restKeyword), hint + "Item").type());
        } else if (!rest.isBoolean() || rest.asBoolean()) {
            shared.add(ANY);
        }
        return shared.size() == 1 ? shared.iterator().next() : ANY;
    }

    /** The one mapping from a JSON type and its {@code format} to a scalar kind. */
    private static TypeRef scalarForType(String jsonType, SchemaNode schema) {
        String format = schema.node().path("format").asString("");
        return switch (jsonType) {
            case "string" -> new TypeRef.Scalar(stringKind(format));
            case "integer" -> new TypeRef.Scalar("int32".equals(format) ? ScalarKind.INT32 : ScalarKind.INT64);
            case "number" -> new TypeRef.Scalar(numberKind(format));
            case "boolean" -> new TypeRef.Scalar(ScalarKind.BOOLEAN);
            default -> ANY;
        };
    }

    private static ScalarKind stringKind(String format) {
        return switch (format) {
            case "date-time" -> ScalarKind.DATE_TIME;
            case "date" -> ScalarKind.DATE;
            case "uuid" -> ScalarKind.UUID;
            case "uri" -> ScalarKind.URI;
            case "byte" -> ScalarKind.BYTES;
            default -> ScalarKind.STRING;
        };
    }

    private static ScalarKind numberKind(String format) {
        return switch (format) {
            case "double" -> ScalarKind.DOUBLE;
            case "float" -> ScalarKind.FLOAT;
            case "int32" -> ScalarKind.INT32;
            case "int64" -> ScalarKind.INT64;
            default -> ScalarKind.DECIMAL;
        };
    }

    /** The name a referenced schema suggests: its entry name, its title, or its key under a definitions map. */
    private String hintFor(SchemaNode target, String fallback) {
        String entryName = entryNames.get(target);
        if (entryName != null) {
            return entryName;
        }
        JsonNode title = target.node().path("title");
        if (title.isString() && !title.stringValue().isBlank()) {
            return title.stringValue();
        }
        List<String> segments = JsonPointers.segments(target.pointer());
        if (segments.size() >= 2) {
            String container = segments.get(segments.size() - 2);
            if (container.equals("$defs") || container.equals("definitions") || container.equals("schemas")) {
                return segments.get(segments.size() - 1);
            }
        }
        if (segments.isEmpty()) {
            String file = target.document().file().getFileName().toString();
            int dot = file.indexOf('.');
            return dot > 0 ? file.substring(0, dot) : file;
        }
        return fallback;
    }
}
