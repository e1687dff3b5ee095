package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.schemaforge.catalog.Catalog;

import tools.jackson.databind.json.JsonMapper;

/** oneOf/anyOf failures come out as one summary line plus the closest alternative's errors. */
class UnionSummariesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaValidator VALIDATOR = SchemaValidator.of(Catalog.builder().build());
    private static final CompiledSchema PETS = VALIDATOR.inline(JSON.readTree("""
            {"type": "object", "properties": {
              "pet": {"oneOf": [
                {"type": "object", "required": ["kind", "barks"],
                 "properties": {"kind": {"const": "dog"}, "barks": {"type": "boolean"}}},
                {"type": "object", "required": ["kind", "meows"],
                 "properties": {"kind": {"const": "cat"}, "meows": {"type": "boolean"}}},
                {"type": "string"}]},
              "id": {"anyOf": [{"type": "integer"}, {"type": "string", "format": "uuid"}]},
              "tags": {"anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}]}}}
            """));

    private static List<String> lines(String payload) {
        return PETS.validate(payload).violations().stream().map(Violation::toString).toList();
    }

    @Test
    void theClosestAlternativeIsTheOneWhoseTypeMatchesWithFewestErrors() {
        assertThat(lines("{\"pet\": {\"kind\": \"dog\", \"barks\": \"yes\"}}")).containsExactly(
                "/pet: matches none of the 3 oneOf alternatives; the closest is alternative 1, which fails as follows",
                "/pet/barks: expected boolean, found string \"yes\"");
        assertThat(lines("{\"pet\": {\"kind\": \"cat\"}}")).containsExactly(
                "/pet: matches none of the 3 oneOf alternatives; the closest is alternative 2, which fails as follows",
                "/pet: missing required property \"meows\"");
    }

    @Test
    void whenNoAlternativeAcceptsTheTypeOneLineSaysWhichTypesWould() {
        assertThat(lines("{\"pet\": 5}"))
                .containsExactly("/pet: expected object or string, found integer (no oneOf alternative accepts this type)");
        assertThat(lines("{\"tags\": 5}"))
                .containsExactly("/tags: expected array or null, found integer (no anyOf alternative accepts this type)");
    }

    @Test
    void anyOfIsSummarisedEvenThoughNetworkntReportsOnlyItsAlternatives() {
        assertThat(lines("{\"id\": \"nope\"}")).containsExactly(
                "/id: matches none of the 2 anyOf alternatives; the closest is alternative 2, which fails as follows",
                "/id: \"nope\" is not a valid uuid");
        assertThat(lines("{\"id\": 7}")).isEmpty();
    }

    @Test
    void matchingSeveralOneOfAlternativesSaysSo() {
        CompiledSchema ambiguous = VALIDATOR.inline(JSON.readTree(
                "{\"oneOf\": [{\"type\": \"integer\"}, {\"minimum\": 0}]}"));
        assertThat(ambiguous.validate("3").violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("matches 2 oneOf alternatives, but must match exactly one"));
    }

    @Test
    void aUnionUnderItemsIsSummarisedForEachElementOnItsOwn() {
        // every element's union has the same evaluation path; each still gets its own closest alternative
        CompiledSchema list = VALIDATOR.inline(JSON.readTree("""
                {"type": "array", "items": {"oneOf": [
                  {"type": "object", "required": ["a", "c"], "properties": {"a": {"type": "string"}}},
                  {"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}}}]}}
                """));
        assertThat(list.validate("[{\"a\": 1, \"c\": true}, {\"b\": \"x\"}, {\"a\": \"ok\", \"c\": 0}]")
                .violations().stream().map(Violation::toString)).containsExactly(
                "/0: matches none of the 2 oneOf alternatives; the closest is alternative 1, which fails as follows",
                "/0/a: expected string, found integer 1",
                "/1: matches none of the 2 oneOf alternatives; the closest is alternative 2, which fails as follows",
                "/1/b: expected integer, found string \"x\"");
    }

    @Test
    void ofAlternativesWithAsManyErrorsTheOneThePayloadGotFurtherIntoIsClosest() {
        // one error each: alternative 1 misses its member, alternative 2 has it with a wrong value
        CompiledSchema shapes = VALIDATOR.inline(JSON.readTree("""
                {"oneOf": [
                  {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}},
                  {"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}}}]}
                """));
        assertThat(shapes.validate("{\"b\": \"x\"}").violations().stream().map(Violation::toString)).containsExactly(
                "(root): matches none of the 2 oneOf alternatives; the closest is alternative 2, which fails as follows",
                "/b: expected integer, found string \"x\"");
        assertThat(shapes.validate("{\"a\": 1}").violations().stream().map(Violation::toString)).containsExactly(
                "(root): matches none of the 2 oneOf alternatives; the closest is alternative 1, which fails as follows",
                "/a: expected string, found integer 1");
    }

    @Test
    void anErrorTheClosestAlternativeSharesWithTheSchemaAroundItIsShownOnceUnderTheSummary() {
        // as SchemaStore's dependabot schema writes it: a member checked around the union and in one alternative
        CompiledSchema shared = VALIDATOR.inline(JSON.readTree("""
                {"type": "object", "properties": {"kind": {"enum": ["x", "y"]}},
                 "anyOf": [{"required": ["name"]},
                           {"required": ["kind"], "properties": {"kind": {"$ref": "#/properties/kind"}}}]}
                """));
        assertThat(shared.validate("{\"kind\": \"other\"}").violations().stream().map(Violation::toString))
                .containsExactly("(root): matches none of the 2 anyOf alternatives; the closest is alternative 2,"
                        + " which fails as follows", "/kind: \"other\" is not one of x, y");
    }

    @Test
    void aUnionInsideTheClosestAlternativeIsSummarisedTheSameWay() {
        CompiledSchema nested = VALIDATOR.inline(JSON.readTree("""
                {"anyOf": [
                  {"type": "object", "required": ["a"],
                   "properties": {"a": {"oneOf": [{"type": "integer"}, {"type": "string", "minLength": 3}]}}},
                  {"type": "null"}]}
                """));
        assertThat(nested.validate("{\"a\": \"x\"}").violations().stream().map(Violation::toString)).containsExactly(
                "(root): matches none of the 2 anyOf alternatives; the closest is alternative 1, which fails as follows",
                "/a: matches none of the 2 oneOf alternatives; the closest is alternative 2, which fails as follows",
                "/a: must be at least 3 characters long, found 1");
    }

    @Test
    void eachUnionIsSummarisedWhereItsFirstErrorStood() {
        assertThat(lines("{\"pet\": \"rex\", \"id\": true, \"tags\": [1]}")).containsExactly(
                "/id: expected integer or string, found boolean (no anyOf alternative accepts this type)",
                "/tags: matches none of the 2 anyOf alternatives; the closest is alternative 1, which fails as follows",
                "/tags/0: expected string, found integer 1");
    }

    @Test
    void anAnyOfIsPlacedWhereTheErrorsOfAllItsAlternativesMeet() {
        CompiledSchema deep = VALIDATOR.inline(JSON.readTree("""
                {"anyOf": [
                  {"properties": {"a": {"properties": {"b": {"type": "string"}}}}},
                  {"properties": {"a": {"properties": {"c": {"properties": {"d": {"type": "integer"}}}}}}}]}
                """));
        assertThat(deep.validate("{\"a\": {\"b\": 1, \"c\": {\"d\": \"x\"}}}").violations().stream()
                .map(Violation::toString)).containsExactly(
                "/a: matches none of the 2 anyOf alternatives; the closest is alternative 1, which fails as follows",
                "/a/b: expected string, found integer 1");
        assertThat(deep.validate("{\"a\": {\"b\": \"ok\"}}").violations()).isEmpty();
    }
}
