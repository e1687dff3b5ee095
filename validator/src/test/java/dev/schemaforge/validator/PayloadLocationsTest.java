package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.schemaforge.catalog.DocumentLocations;
import dev.schemaforge.catalog.DocumentReader;
import dev.schemaforge.catalog.Location;

import tools.jackson.databind.json.JsonMapper;

/** The failing payload's second read finds the same line:col as the catalog's reader, for the pointers asked. */
class PayloadLocationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PAYLOAD = """
            {
              "id": "conn_1",
              "näme": "Zoë", "provider": "OKTAA",
              "roles": [
                {"role_id": 1},
                [true, {"a/b": null, "c~d": 2}]
              ],
              "dup": {"x": 1},
              "dup": {"x": 2}
            }
            """;

    @Test
    void locatesWhatTheCatalogReaderLocates() {
        List<String> wanted = List.of("", "/provider", "/roles/0/role_id", "/roles/1/1/a~1b", "/roles/1/1/c~0d",
                "/roles/1/0", "/dup/x", "/missing", "/roles/7");
        DocumentLocations all = new DocumentReader()
                .read(Path.of("p.json"), PAYLOAD.getBytes(StandardCharsets.UTF_8)).locations();
        Map<String, Location> found = PayloadLocations.find(JSON, PAYLOAD, wanted);
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
        assertThat(found.get("/provider")).extracting(Location::line, Location::column).containsExactly(3, 18);
    }

    @Test
    void aSegmentOfDigitsNamesAMemberOrAnElement() {
        String payload = "{\"0\": [\"a\", {\"0\": 1, \"01\": 2}]}";
        Map<String, Location> found = PayloadLocations.find(JSON, payload, List.of("/0/1/0", "/0/0", "/0/1/01", "/0/01"));
        assertThat(found.get("/0")).extracting(Location::line, Location::column).containsExactly(1, 2);
        assertThat(found.get("/0/0")).extracting(Location::line, Location::column).containsExactly(1, 8);
        assertThat(found.get("/0/1")).extracting(Location::line, Location::column).containsExactly(1, 13);
        assertThat(found.get("/0/1/0")).extracting(Location::line, Location::column).containsExactly(1, 14);
        assertThat(found.get("/0/1/01")).extracting(Location::line, Location::column).containsExactly(1, 22);
        assertThat(found).doesNotContainKey("/0/01");
    }

    @Test
    void theRootAloneIsWhereItsFirstTokenStarts() {
        Map<String, Location> found = PayloadLocations.find(JSON, "\uFEFF\n\n  {\"a\": [1, 2]}", List.of(""));
        assertThat(found).containsOnlyKeys("");
        assertThat(found.get("")).extracting(Location::line, Location::column).containsExactly(3, 3);
    }
}
