package dev.schemaforge.generator.graph;

import java.util.function.Predicate;

import dev.schemaforge.catalog.DocumentKind;
import dev.schemaforge.catalog.JsonTypes;
import dev.schemaforge.catalog.Problem;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.catalog.SchemaNode;

import tools.jackson.databind.JsonNode;

/**
 * Refuses a keyword the generator reads whose value has the wrong JSON kind, such as
 * {@code "type": 5}, {@code "properties": []} or OpenAPI's {@code "nullable": "yes"}, a {@code type}
 * that names no JSON type, and a schema that is no schema ({@code 5} reached through a {@code $ref}).
 * Without these checks such a keyword was read as absent and the schema silently became
 * {@code Object}. Only what the generator reads is checked; {@code schemaforge lint} checks a schema
 * against its meta-schema in full.
 */
final class KeywordShapes {

    private KeywordShapes() {
    }

    /**
     * Checks the keywords of one schema object.
     *
     * @throws SchemaException at the first keyword whose value has the wrong kind
     */
    static void check(SchemaNode schema) {
        JsonNode node = schema.node();
        type(schema, node.get("type"));
        kind(schema, "$ref", node.get("$ref"), JsonNode::isString, "a string");
        kind(schema, "format", node.get("format"), JsonNode::isString, "a string");
        kind(schema, "enum", node.get("enum"), JsonNode::isArray, "an array of values");
        schemaMap(schema, "properties");
        schemaMap(schema, "patternProperties");
        kind(schema, "additionalProperties", node.get("additionalProperties"), JsonTypes::isSchema,
                "a schema (an object, true or false)");
        kind(schema, "items", node.get("items"), value -> JsonTypes.isSchema(value) || value.isArray(),
                "a schema (an object, true or false) or an array of schemas");
        for (String keyword : new String[] {"allOf", "anyOf", "oneOf", "prefixItems"}) {
            schemaList(schema, keyword);
        }
        required(schema, node.get("required"));
        if (SchemaFacts.isOpenApi30(schema)) {
            kind(schema, "nullable", node.get("nullable"), JsonNode::isBoolean, "true or false");
        }
        kind(schema, "x-nullable", node.get("x-nullable"), JsonNode::isBoolean, "true or false");
        for (String keyword : new String[] {"x-enum-varnames", "x-enumNames"}) {
            strings(schema, keyword, "constant names", "a constant name");
        }
        if (SchemaFacts.isOpenApi(schema)) {
            discriminator(schema, node.get("discriminator"));
        }
    }

    /**
     * A schema that is not an object must be {@code true} or {@code false}; anything else got here
     * through a {@code $ref} (or a keyword) naming a value that is no schema, such as {@code 5}.
     *
     * @throws SchemaException at that value
     */
    static void checkIsSchema(SchemaNode schema) {
        if (!JsonTypes.isSchema(schema.node())) {
            throw problem(schema, JsonTypes.notASchema(schema.node()));
        }
    }

    /** OpenAPI 3's {@code {propertyName, mapping}}, or Swagger 2.0's property name alone. */
    private static void discriminator(SchemaNode schema, JsonNode discriminator) {
        if (discriminator == null || discriminator.isString()) {
            return;
        }
        kind(schema, "discriminator", discriminator, JsonNode::isObject,
                "an object with a propertyName (or, in Swagger 2.0, a property name)");
        SchemaNode at = schema.child("discriminator");
        JsonNode property = discriminator.get("propertyName");
        if (property == null) {
            throw problem(at, "discriminator has no propertyName");
        }
        kind(at, "propertyName", property, JsonNode::isString, "a property name (a string)");
        JsonNode mapping = discriminator.get("mapping");
        kind(at, "mapping", mapping, JsonNode::isObject, "an object from values to schema references");
        if (mapping == null) {
            return;
        }
        for (String value : mapping.propertyNames()) {
            if (!mapping.get(value).isString()) {
                throw problem(at.child("mapping", value), "mapping gives \"" + value + "\" the value "
                        + JsonTypes.shown(mapping.get(value)) + ", which is not a schema reference (a string)");
            }
        }
    }

    /** An array of strings, such as {@code required} or {@code x-enum-varnames}. */
    private static void strings(SchemaNode schema, String keyword, String plural, String singular) {
        JsonNode list = schema.node().get(keyword);
        kind(schema, keyword, list, JsonNode::isArray, "an array of " + plural);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isString()) {
                throw problem(schema.child(keyword, i), keyword + " lists " + JsonTypes.shown(list.get(i))
                        + ", which is not " + singular + " (a string)");
            }
        }
    }

    private static void type(SchemaNode schema, JsonNode type) {
        if (type == null) {
            return;
        }
        JsonTypes.Misnamed wrong = JsonTypes.check(type, schema.document().kind() == DocumentKind.SWAGGER_2_0);
        if (wrong != null) {
            throw problem(wrong.index() < 0 ? schema.child("type") : schema.child("type", wrong.index()),
                    wrong.message());
        }
    }

    /** {@code required} lists property names; a {@code true} or {@code false} there (draft 3's spelling) is left alone. */
    private static void required(SchemaNode schema, JsonNode required) {
        if (required == null || required.isBoolean()) {
            return;
        }
        strings(schema, "required", "property names", "a property name");
    }

    private static void schemaMap(SchemaNode schema, String keyword) {
        JsonNode map = schema.node().get(keyword);
        kind(schema, keyword, map, JsonNode::isObject, "an object of schemas");
        if (map == null) {
            return;
        }
        for (String name : map.propertyNames()) {
            if (!JsonTypes.isSchema(map.get(name))) {
                throw problem(schema.child(keyword, name), keyword + " gives \"" + name + "\" the value "
                        + JsonTypes.shown(map.get(name)) + ", which is not a schema (an object, true or false)");
            }
        }
    }

    private static void schemaList(SchemaNode schema, String keyword) {
        JsonNode list = schema.node().get(keyword);
        kind(schema, keyword, list, JsonNode::isArray, "an array of schemas");
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!JsonTypes.isSchema(list.get(i))) {
                throw problem(schema.child(keyword, i), keyword + " lists " + JsonTypes.shown(list.get(i))
                        + ", which is not a schema (an object, true or false)");
            }
        }
    }

    private static void kind(SchemaNode schema, String keyword, JsonNode value, Predicate<JsonNode> expected,
            String what) {
        if (value != null && !expected.test(value)) {
            throw problem(schema.child(keyword), JsonTypes.wrongKind(keyword, value, what));
        }
    }

    private static SchemaException problem(SchemaNode at, String message) {
        return new SchemaException(new Problem(at.location(), at.pointer(), null, message));
    }
}
