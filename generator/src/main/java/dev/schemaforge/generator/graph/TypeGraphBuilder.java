package dev.schemaforge.generator.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.Dialect;
import dev.schemaforge.catalog.DocumentKind;
import dev.schemaforge.catalog.Entry;
import dev.schemaforge.catalog.JsonPointers;
import dev.schemaforge.catalog.SchemaNode;
import dev.schemaforge.generator.model.Docs;
import dev.schemaforge.generator.model.NamedType;
import dev.schemaforge.generator.model.Property;
import dev.schemaforge.generator.model.ScalarKind;
import dev.schemaforge.generator.model.Source;
import dev.schemaforge.generator.model.TypeGraph;
import dev.schemaforge.generator.model.TypeId;
import dev.schemaforge.generator.model.TypeRef;

import tools.jackson.databind.JsonNode;

/**
 * Reads the catalog's entry points into a {@link TypeGraph}: which schemas become records and
 * enums, and the type of every property. Each schema location becomes at most one type, so
 * {@code $ref}s share it and recursive schemas terminate.
 */
public final class TypeGraphBuilder {

    /** The type of a schema use, and whether it admits JSON {@code null}. */
    private record Analysis(TypeRef type, boolean nullable) {
    }

    private static final TypeRef ANY = new TypeRef.Scalar(ScalarKind.ANY);

    private final Catalog catalog;
    private final Map<TypeId, NamedType> types = new LinkedHashMap<>();
    private final Set<TypeId> entryTypes = new LinkedHashSet<>();
    private final Map<SchemaNode, String> entryNames = new LinkedHashMap<>();
    /** The schemas being analysed, innermost last: meeting one again means recursion. */
    private final Set<SchemaNode> analysing = new HashSet<>();

    private TypeGraphBuilder(Catalog catalog) {
        this.catalog = catalog;
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
     * The type of a schema use. Recursion through a record or enum refers to that type; recursion
     * through anything else (a map of itself, a list of itself, a chain of references) has no Java
     * type of its own and becomes {@code Object} at the point where it closes.
     */
    private Analysis analyze(SchemaNode schema, String hint) {
        if (!analysing.add(schema)) {
            TypeId id = new TypeId(schema.reference());
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
            return new Analysis(ANY, true);
        }
        JsonNode ref = node.path("$ref");
        if (ref.isString()) {
            SchemaNode target = catalog.resolve(schema, ref.stringValue());
            Analysis resolved = analyze(target, hintFor(target, hint));
            return new Analysis(resolved.type(), resolved.nullable() || declaresNull(schema));
        }
        boolean nullable = declaresNull(schema);
        Set<String> jsonTypes = jsonTypes(node);

        if (node.has("enum")) {
            return new Analysis(enumType(schema, hint, jsonTypes), nullable || containsNull(node.path("enum")));
        }
        if (node.has("const")) {
            return new Analysis(scalarOf(node.path("const")), nullable || node.path("const").isNull());
        }
        List<SchemaNode> allOf = members(schema, "allOf");
        if (!allOf.isEmpty() && !hasOwnShape(node)) {
            if (allOf.size() == 1) {
                Analysis only = analyze(allOf.get(0), hint);
                return new Analysis(only.type(), only.nullable() || nullable);
            }
            return new Analysis(objectType(schema, hint), nullable);
        }
        for (String keyword : new String[] {"oneOf", "anyOf"}) {
            List<SchemaNode> branches = members(schema, keyword);
            if (!branches.isEmpty() && !hasOwnShape(node)) {
                return union(branches, hint, nullable);
            }
        }
        if (jsonTypes.size() > 1) {
            return new Analysis(ANY, nullable);
        }
        String jsonType = jsonTypes.isEmpty() ? inferType(node) : jsonTypes.iterator().next();
        return switch (jsonType) {
            case "object" -> new Analysis(objectOrMap(schema, hint), nullable);
            case "array" -> new Analysis(new TypeRef.ListOf(itemType(schema, hint)), nullable);
            case "null" -> new Analysis(ANY, true);
            default -> new Analysis(scalarForType(jsonType, schema), nullable);
        };
    }

    /** A union of branches: one non-null branch is that branch; otherwise any value (sealed unions come later). */
    private Analysis union(List<SchemaNode> branches, String hint, boolean nullable) {
        List<SchemaNode> nonNull = new ArrayList<>();
        boolean anyNull = nullable;
        for (SchemaNode branch : branches) {
            if (isNullOnly(branch)) {
                anyNull = true;
            } else {
                nonNull.add(branch);
            }
        }
        if (nonNull.size() == 1) {
            Analysis only = analyze(nonNull.get(0), hint);
            return new Analysis(only.type(), only.nullable() || anyNull);
        }
        return new Analysis(ANY, anyNull);
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

    private static boolean hasOwnShape(JsonNode node) {
        return node.has("properties") || node.has("additionalProperties") || node.has("patternProperties")
                || node.has("items");
    }

    private TypeRef objectOrMap(SchemaNode schema, String hint) {
        JsonNode node = schema.node();
        boolean hasProperties = node.path("properties").isObject() && !node.path("properties").isEmpty();
        if (hasProperties || node.path("additionalProperties").isBoolean()
                && !node.path("additionalProperties").asBoolean() || node.path("patternProperties").isObject()) {
            return objectType(schema, hint);
        }
        JsonNode additional = node.path("additionalProperties");
        if (additional.isObject()) {
            return new TypeRef.MapOf(analyze(schema.child("additionalProperties"), hint + "Value").type());
        }
        return new TypeRef.MapOf(ANY);
    }

    private TypeRef objectType(SchemaNode schema, String hint) {
        TypeId id = new TypeId(schema.reference());
        if (types.containsKey(id)) {
            return new TypeRef.Named(id);
        }
        types.put(id, null);
        Map<String, SchemaNode> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        boolean[] closed = {false};
        SchemaNode[] additional = {null};
        collectMembers(schema, properties, required, closed, additional, new HashSet<>());
        List<Property> members = new ArrayList<>();
        for (Map.Entry<String, SchemaNode> member : properties.entrySet()) {
            String wireName = member.getKey();
            SchemaNode propertySchema = member.getValue();
            Analysis analysis = analyze(propertySchema, hint + pascal(wireName));
            JsonNode defaultValue = propertySchema.node().path("default");
            members.add(new Property(wireName, analysis.type(), required.contains(wireName), analysis.nullable(),
                    docs(propertySchema), defaultValue.isMissingNode() ? null : defaultValue.toString()));
        }
        TypeRef additionalType = additional[0] == null ? null : analyze(additional[0], hint + "Value").type();
        types.put(id, new NamedType.ObjectType(id, hint, source(schema), docs(schema), members, additionalType,
                closed[0]));
        return new TypeRef.Named(id);
    }

    /** Gathers properties and {@code required} from a schema and, through {@code allOf}, from its parts. */
    private void collectMembers(SchemaNode schema, Map<String, SchemaNode> properties, Set<String> required,
            boolean[] closed, SchemaNode[] additional, Set<SchemaNode> seen) {
        if (!seen.add(schema)) {
            return;
        }
        JsonNode node = schema.node();
        if (node.path("$ref").isString()) {
            collectMembers(catalog.resolve(schema, node.path("$ref").stringValue()), properties, required, closed,
                    additional, seen);
        }
        for (SchemaNode part : members(schema, "allOf")) {
            collectMembers(part, properties, required, closed, additional, seen);
        }
        for (String name : node.path("properties").propertyNames()) {
            properties.putIfAbsent(name, schema.child("properties", name));
        }
        for (JsonNode name : node.path("required")) {
            if (name.isString()) {
                required.add(name.stringValue());
            }
        }
        JsonNode additionalProperties = node.path("additionalProperties");
        if (additionalProperties.isBoolean() && !additionalProperties.asBoolean()) {
            closed[0] = true;
        } else if (additionalProperties.isObject() && additional[0] == null) {
            additional[0] = schema.child("additionalProperties");
        }
    }

    private TypeRef itemType(SchemaNode schema, String hint) {
        JsonNode items = schema.node().path("items");
        if (items.isObject()) {
            return analyze(schema.child("items"), hint + "Item").type();
        }
        return ANY;
    }

    private TypeRef enumType(SchemaNode schema, String hint, Set<String> jsonTypes) {
        JsonNode values = schema.node().path("enum");
        List<String> strings = new ArrayList<>();
        for (JsonNode value : values) {
            if (value.isString()) {
                strings.add(value.stringValue());
            } else if (!value.isNull()) {
                return jsonTypes.size() == 1 ? scalarForType(jsonTypes.iterator().next(), schema) : ANY;
            }
        }
        if (strings.isEmpty()) {
            return ANY;
        }
        TypeId id = new TypeId(schema.reference());
        if (!types.containsKey(id)) {
            types.put(id, new NamedType.EnumType(id, hint, source(schema), docs(schema),
                    new ArrayList<>(new LinkedHashSet<>(strings))));
        }
        return new TypeRef.Named(id);
    }

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

    private static TypeRef scalarOf(JsonNode value) {
        if (value.isString()) {
            return new TypeRef.Scalar(ScalarKind.STRING);
        }
        if (value.isBoolean()) {
            return new TypeRef.Scalar(ScalarKind.BOOLEAN);
        }
        if (value.isIntegralNumber()) {
            return new TypeRef.Scalar(ScalarKind.INT64);
        }
        if (value.isNumber()) {
            return new TypeRef.Scalar(ScalarKind.DECIMAL);
        }
        return ANY;
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

    private static String inferType(JsonNode node) {
        if (node.has("properties") || node.has("additionalProperties") || node.has("patternProperties")
                || node.has("required")) {
            return "object";
        }
        if (node.has("items") || node.has("prefixItems")) {
            return "array";
        }
        return "any";
    }

    private static Set<String> jsonTypes(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode type = node.path("type");
        if (type.isString()) {
            out.add(type.stringValue());
        } else if (type.isArray()) {
            for (JsonNode t : type) {
                out.add(t.asString());
            }
        }
        out.remove("null");
        return out;
    }

    private static boolean declaresNull(SchemaNode schema) {
        JsonNode node = schema.node();
        JsonNode type = node.path("type");
        if (type.isString() && type.stringValue().equals("null")) {
            return true;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("null".equals(t.asString())) {
                    return true;
                }
            }
        }
        boolean openApi30 = schema.dialect() == Dialect.OPENAPI_3_0
                || schema.document().kind() == DocumentKind.OPENAPI_3_0;
        return openApi30 && node.path("nullable").asBoolean(false) || node.path("x-nullable").asBoolean(false);
    }

    private static boolean containsNull(JsonNode values) {
        for (JsonNode value : values) {
            if (value.isNull()) {
                return true;
            }
        }
        return false;
    }

    private static List<SchemaNode> members(SchemaNode schema, String keyword) {
        JsonNode array = schema.node().path(keyword);
        List<SchemaNode> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(schema.child(keyword, i));
        }
        return out;
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

    private static Source source(SchemaNode schema) {
        return new Source(schema.document().displayName(), schema.pointer(), schema.location().line());
    }

    private static Docs docs(SchemaNode schema) {
        JsonNode node = schema.node();
        return new Docs(text(node.path("title")), text(node.path("description")),
                node.path("deprecated").asBoolean(false), node.path("readOnly").asBoolean(false),
                node.path("writeOnly").asBoolean(false));
    }

    private static String text(JsonNode node) {
        return node.isString() && !node.stringValue().isBlank() ? node.stringValue() : null;
    }

    /** Words of a schema name joined in PascalCase: {@code organization_id} becomes {@code OrganizationId}. */
    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return out.toString();
    }
}
