package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.schemaforge.catalog.DocumentLocations;
import dev.schemaforge.catalog.JsonPointers;
import dev.schemaforge.catalog.DocumentReader;
import dev.schemaforge.catalog.Location;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A payload's one parse builds the tree readTree builds and finds the same line:col as the catalog's
 * reader, for the pointers asked, from text and from bytes alike.
 */
class PayloadTreeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TokenStreamFactory FACTORY = DocumentReader.jsonFactory();

    private static final String PAYLOAD = """
            {
              "id": "conn_1",
              "näme": "Zoë", "provider": "OKTAA",
              "roles": [
                {"role_id": 1},
                [true, {"a/b": null, "c~d": 2}]
              ],
              "nested": {"x": {"y": 2}}
            }
            """;

    @Test
    void locatesWhatTheCatalogReaderLocates() {
        List<String> wanted = List.of("", "/provider", "/roles/0/role_id", "/roles/1/1/a~1b", "/roles/1/1/c~0d",
                "/roles/1/0", "/nested/x/y", "/missing", "/roles/7");
        Map<String, Location> found = findAsTheCatalogReaderDoes(PAYLOAD, wanted);
        assertThat(found.get("/provider")).extracting(Location::line, Location::column).containsExactly(3, 18);
    }

    @Test
    void aMemberIsLocatedAtItsNameWhateverItsNameHoldsAndWhateverSurroundsTheColon() {
        String payload = "{\"a\\\\\" : 1, \"b\\\"c\":2,\n  \"d\\\\\\\"\"\t:\r\n [3], \"\":{\"\\\"\": 4}}";
        List<String> wanted = List.of("/a\\", "/b\"c", "/d\\\"", "/d\\\"/0", "/", "//\"");
        Map<String, Location> found = findAsTheCatalogReaderDoes(payload, wanted);
        assertThat(found).containsKeys(wanted.toArray(String[]::new));
        assertThat(found.get("/d\\\"")).extracting(Location::line, Location::column).containsExactly(2, 3);
    }

    @Test
    void aSegmentOfDigitsNamesAMemberOrAnElement() {
        String payload = "{\"0\": [\"a\", {\"0\": 1, \"01\": 2}]}";
        Map<String, Location> found = find(payload, List.of("/0/1/0", "/0/0", "/0/1/01", "/0/01", "/0", "/0/1"));
        assertThat(found.get("/0")).extracting(Location::line, Location::column).containsExactly(1, 2);
        assertThat(found.get("/0/0")).extracting(Location::line, Location::column).containsExactly(1, 8);
        assertThat(found.get("/0/1")).extracting(Location::line, Location::column).containsExactly(1, 13);
        assertThat(found.get("/0/1/0")).extracting(Location::line, Location::column).containsExactly(1, 14);
        assertThat(found.get("/0/1/01")).extracting(Location::line, Location::column).containsExactly(1, 22);
        assertThat(found).doesNotContainKey("/0/01");
    }

    @Test
    void theRootAloneIsWhereItsFirstTokenStarts() {
        Map<String, Location> found = find("\uFEFF\n\n  {\"a\": [1, 2]}", List.of(""));
        assertThat(found).containsOnlyKeys("");
        assertThat(found.get("")).extracting(Location::line, Location::column).containsExactly(3, 3);
    }

    @Test
    void aMemberRepeatedInOneObjectIsRefusedEvenWhenItsNameIsEscaped() {
        for (String payload : List.of("{\"a\": 1, \"b\": \"a\",\n \"\\u0061\": 3}", "[{\"x\": {\"a\": [1], \"a\": 2}}]")) {
            assertThatThrownBy(() -> PayloadTree.parse(FACTORY, payload)).as(payload)
                    .isInstanceOf(JacksonException.class).hasMessageContaining("member \"a\" appears twice");
            assertThatThrownBy(() -> PayloadTree.parse(FACTORY, payload.getBytes(StandardCharsets.UTF_8)))
                    .as(payload).isInstanceOf(JacksonException.class);
        }
        // one name in two objects is no repetition
        assertThat(find("{\"a\": 1, \"c\": {\"a\": 2}}", List.of("/c/a")).get("/c/a"))
                .extracting(Location::line, Location::column).containsExactly(1, 16);
    }

    @Test
    void manyValuesOnOneLineAreLocatedAsTheCatalogReaderLocatesThem() {
        // more children than a node scans (so they are indexed), asked out of document order, on one
        // line with characters of one to four UTF-8 bytes before and between them
        StringBuilder payload = new StringBuilder("{\"zoë🙂\": [");
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            payload.append(i == 0 ? "" : ", ").append(i % 3 == 0 ? "\"é🙂\"" : Integer.toString(i));
            wanted.add("/zoë🙂/" + i);
        }
        payload.append("], ");
        for (int i = 0; i < 40; i++) {
            payload.append(i == 0 ? "" : ", ").append("\"k").append(i).append("ü\": ").append(i);
            wanted.add("/k" + i + "ü");
        }
        payload.append("}");
        java.util.Collections.reverse(wanted);
        wanted.add("/k40ü");

        Map<String, Location> found = findAsTheCatalogReaderDoes(payload.toString(), wanted);

        assertThat(found).hasSize(80);
        assertThat(found.get("/zoë🙂/1")).extracting(Location::line, Location::column).containsExactly(1, 19);
    }

    @Test
    void anEmptyMemberNameIsFoundAndEndsThePass() {
        String payload = "{\"\": {\"\": 1},\n \"b\": 2}";
        Map<String, Location> found = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> find(payload, List.of("/", "//")));
        assertThat(found.get("/")).extracting(Location::line, Location::column).containsExactly(1, 2);
        assertThat(found.get("//")).extracting(Location::line, Location::column).containsExactly(1, 7);
    }

    @Test
    void everyValueOfTheContractExamplesIsWhereTheCatalogReaderPutsIt() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.walk(Path.of("../schemas/sso/examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            byte[] bytes = Files.readAllBytes(example);
            DocumentReader.Parsed parsed = new DocumentReader().read(example, bytes);
            List<String> pointers = new ArrayList<>();
            collectPointers(parsed.root(), "", pointers);
            String text = new String(bytes, StandardCharsets.UTF_8);
            Map<String, Location> together = find(text, pointers);
            for (String pointer : pointers) {
                Location expected = parsed.locations().find(pointer);
                List<Integer> lineAndColumn = List.of(expected.line(), expected.column());
                Location alone = find(text, List.of(pointer)).get(pointer);
                assertThat(List.of(alone.line(), alone.column())).as(example + " " + pointer).isEqualTo(lineAndColumn);
                Location withOthers = together.get(pointer);
                assertThat(List.of(withOthers.line(), withOthers.column())).as(example + " " + pointer)
                        .isEqualTo(lineAndColumn);
            }
        }
    }

    @Test
    void buildsTheTreeReadTreeBuilds() {
        String payload = "{\"i\": 1, \"l\": 12345678901, \"b\": 123456789012345678901234567890, \"d\": 1.5e300,"
                + " \"e\": -0.0, \"s\": \"\\u00e9\", \"t\": true, \"f\": false, \"n\": null, \"a\": [[], {}],"
                + " \"o\": {\"a\": [1]}}";
        JsonNode expected = JSON.readTree(payload);
        for (PayloadTree tree : List.of(PayloadTree.parse(FACTORY, payload),
                PayloadTree.parse(FACTORY, payload.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(tree.root()).isEqualTo(expected);
            tree.root().properties().forEach(member -> assertThat(member.getValue().getClass())
                    .as(member.getKey()).isEqualTo(expected.get(member.getKey()).getClass()));
        }
    }

    @Test
    void nothingButWhitespaceIsNoPayloadAndTrailingContentIsRefused() {
        assertThat(PayloadTree.parse(FACTORY, " \n ")).isNull();
        assertThat(PayloadTree.parse(FACTORY, new byte[0])).isNull();
        assertThatThrownBy(() -> PayloadTree.parse(FACTORY, "{} {}")).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> PayloadTree.parse(FACTORY, "[1] 2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void columnsCountCharactersInBytesToo() {
        // é is two bytes, 𝄞 four bytes and two UTF-16 units; the catalog's reader counts units
        String payload = "\uFEFF{\"é\": [\"𝄞\", 2],\r\n \"ü\": {\"x𝄞\": 1, \"y\": 2}}";
        List<String> wanted = List.of("", "/é/0", "/é/1", "/ü", "/ü/x𝄞", "/ü/y");
        Map<String, Location> found = findAsTheCatalogReaderDoes(payload, wanted);
        assertThat(found.get("/ü/y")).extracting(Location::line, Location::column).containsExactly(2, 18);
    }

    /** Locates as {@link #find} does, and checks each pointer against the catalog's reader. */
    private static Map<String, Location> findAsTheCatalogReaderDoes(String payload, List<String> wanted) {
        DocumentLocations all = new DocumentReader()
                .read(Path.of("p.json"), payload.getBytes(StandardCharsets.UTF_8)).locations();
        Map<String, Location> found = find(payload, wanted);
        for (String pointer : wanted) {
            Location expected = all.find(pointer);
            Location actual = found.get(pointer);
            if (expected == null) {
                assertThat(actual).as(pointer).isNull();
            } else {
                assertThat(actual).as(pointer).isNotNull();
                assertThat(List.of(actual.line(), actual.column())).as(pointer)
                        .isEqualTo(List.of(expected.line(), expected.column()));
            }
        }
        return found;
    }

    /** Locates from the text and from its bytes, which must agree. */
    private static Map<String, Location> find(String payload, List<String> wanted) {
        Map<String, Location> fromText = PayloadTree.parse(FACTORY, payload).locate(wanted);
        Map<String, Location> fromBytes = PayloadTree.parse(FACTORY, payload.getBytes(StandardCharsets.UTF_8))
                .locate(wanted);
        assertThat(fromBytes).isEqualTo(fromText);
        return fromText;
    }

    private static void collectPointers(JsonNode node, String pointer, List<String> out) {
        out.add(pointer);
        if (node.isObject()) {
            node.properties().forEach(member -> collectPointers(member.getValue(),
                    JsonPointers.child(pointer, member.getKey()), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectPointers(node.get(i), JsonPointers.child(pointer, i), out);
            }
        }
    }
}
