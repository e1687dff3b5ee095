package dev.schemaforge.generator.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.schemaforge.catalog.Dialect;
import dev.schemaforge.catalog.DocumentKind;
import dev.schemaforge.catalog.Problem;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.catalog.SchemaNode;
import dev.schemaforge.generator.model.Docs;
import dev.schemaforge.generator.model.Source;
import dev.schemaforge.generator.naming.Identifiers;

import tools.jackson.databind.JsonNode;

/** What one schema node says on its own, without following references: its JSON types, nullness, docs. */
final class SchemaFacts {

    private SchemaFacts() {
    }

    /** The non-null JSON types {@code type} lists. */
    static Set<String> jsonTypes(JsonNode node) {
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

    /**
     * The JSON type a schema without {@code type} implies by its keywords, or {@code any}. Only keywords
     * that describe members suggest an object: {@code {additionalProperties: true}} alone admits any value.
     */
    static String inferType(JsonNode node) {
        JsonNode additional = node.path("additionalProperties");
        boolean openOnly = additional.isBoolean() && additional.asBoolean() || additional.isObject() && additional.isEmpty();
        if (node.has("properties") || node.has("patternProperties") || node.has("required")
                || node.has("additionalProperties") && !openOnly) {
            return "object";
        }
        if (node.has("items") || node.has("prefixItems")) {
            return "array";
        }
        return "any";
    }

    /** The schema itself admits JSON null: {@code type: null}, a type list with null, or OpenAPI's nullable. */
    static boolean declaresNull(SchemaNode schema) {
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
        return isOpenApi30(schema) && node.path("nullable").asBoolean(false)
                || node.path("x-nullable").asBoolean(false);
    }

    /** The schema's members shape an object or array itself, so its {@code oneOf}/{@code allOf} only refine it. */
    static boolean hasOwnShape(JsonNode node) {
        return node.has("properties") || node.has("additionalProperties") || node.has("patternProperties")
                || node.has("items") || node.has("prefixItems");
    }

    /** Keywords that describe a schema without constraining its values. */
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "default", "examples", "example",
            "deprecated", "readOnly", "writeOnly", "$comment", "markdownDescription", "deprecationMessage",
            "errorMessage", "externalDocs", "$schema", "$id", "id");

    /** An {@code allOf} part that only annotates ({@code {description: ...}}): it adds no type to merge. */
    static boolean annotationOnly(SchemaNode part) {
        JsonNode node = part.node();
        if (!node.isObject()) {
            return node.isBoolean() && node.asBoolean();
        }
        for (String keyword : node.propertyNames()) {
            if (!ANNOTATIONS.contains(keyword) && !keyword.startsWith("x-")) {
                return false;
            }
        }
        return true;
    }

    /** OpenAPI 3.0's schema dialect, where {@code nullable: true} admits null. */
    static boolean isOpenApi30(SchemaNode schema) {
        return schema.dialect() == Dialect.OPENAPI_3_0 || schema.document().kind() == DocumentKind.OPENAPI_3_0;
    }

    static boolean isOpenApi(SchemaNode schema) {
        return schema.document().kind().isApiDescription() || schema.dialect() == Dialect.OPENAPI_3_0;
    }

    /** The subschemas of an array keyword such as {@code allOf}. */
    static List<SchemaNode> members(SchemaNode schema, String keyword) {
        JsonNode array = schema.node().path(keyword);
        List<SchemaNode> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(schema.child(keyword, i));
        }
        return out;
    }

    /** A qualified Java type with optional type arguments and array brackets. */
    private static final Pattern JAVA_TYPE = Pattern.compile(
            "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}.<>,\\[\\] ]*");

    /**
     * The Java class a schema asks for by name ({@code x-java-type}, jsonschema2pojo's {@code javaType}
     * and {@code existingJavaType}), or null, also when it names a class without its package.
     *
     * @throws SchemaException at the keyword when the value is not a Java type name
     */
    static String javaType(SchemaNode schema) {
        for (String keyword : new String[] {"x-java-type", "javaType", "existingJavaType"}) {
            JsonNode value = schema.node().path(keyword);
            if (value.isString() && !value.stringValue().isBlank()) {
                String text = value.stringValue().strip();
                if (!JAVA_TYPE.matcher(text).matches() || text.chars().filter(c -> c == '<').count()
                        != text.chars().filter(c -> c == '>').count()) {
                    SchemaNode at = schema.child(keyword);
                    throw new SchemaException(new Problem(at.location(), at.pointer(), null,
                            keyword + " \"" + text + "\" is not a Java type name (expected e.g. java.time.Instant)"));
                }
                return usable(text) ? text : null;
            }
        }
        return null;
    }

    /** Simple names Java resolves without an import; any other class must be named with its package. */
    private static final Set<String> JAVA_LANG = Set.of("String", "Object", "Integer", "Long", "Short", "Byte",
            "Boolean", "Double", "Float", "Character", "Number", "int", "long", "short", "byte", "boolean", "double",
            "float", "char");

    /**
     * Whether generated code can use the type as written: every class in it is qualified or from
     * {@code java.lang}. A bare {@code Hcp} names a class of the tool that wrote the schema, which
     * Schemaforge neither generates under that name nor can find, so such an override is ignored.
     */
    private static boolean usable(String text) {
        for (String name : text.split("[<>,\\[\\] ]+")) {
            if (!name.isEmpty() && !name.contains(".") && !JAVA_LANG.contains(name)) {
                return false;
            }
        }
        return true;
    }

    static Source source(SchemaNode schema) {
        return new Source(schema.document().displayName(), schema.pointer(), schema.location().line());
    }

    static Docs docs(SchemaNode schema) {
        JsonNode node = schema.node();
        return new Docs(text(node.path("title")), text(node.path("description")),
                node.path("deprecated").asBoolean(false), node.path("readOnly").asBoolean(false),
                node.path("writeOnly").asBoolean(false));
    }

    static String text(JsonNode node) {
        return node.isString() && !node.stringValue().isBlank() ? node.stringValue() : null;
    }

    /** Words of a schema name joined in PascalCase: {@code organization_id} becomes {@code OrganizationId}. */
    static String pascal(String name) {
        return Identifiers.pascalWords(name);
    }
}
