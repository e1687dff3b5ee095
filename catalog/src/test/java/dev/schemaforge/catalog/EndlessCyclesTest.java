package dev.schemaforge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which cycles never step into the payload, found once per {@link EndlessCycles}, for lint and the generator alike. */
class EndlessCyclesTest {

    @TempDir
    Path folder;

    private Catalog catalog(String schema) throws IOException {
        return Catalog.builder().input(Files.writeString(folder.resolve("s.json"), schema)).build();
    }

    @Test
    void aReferenceToItselfIsACycleReportedOnceAtTheReference() throws IOException {
        Catalog catalog = catalog("{\"$ref\": \"#\"}");
        EndlessCycles cycles = new EndlessCycles(catalog);
        SchemaNode root = catalog.schema("s.json");

        assertThat(cycles.from(root)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/$ref");
            assertThat(problem.location().line() + ":" + problem.location().column()).isEqualTo("1:2");
            assertThat(problem.message()).startsWith("the schema applies itself again without stepping into the"
                    + " payload (s.json# -> s.json#)");
        });
        assertThat(cycles.from(root)).as("already reported").isEmpty();
    }

    @Test
    void recursionThroughPropertiesOrItemsStepsIntoThePayload() throws IOException {
        Catalog catalog = catalog("{\"properties\": {\"next\": {\"$ref\": \"#\"}}, \"items\": {\"$ref\": \"#\"}}");
        EndlessCycles cycles = new EndlessCycles(catalog);

        assertThat(cycles.from(catalog.schema("s.json"))).isEmpty();
        assertThat(cycles.from(catalog.schema("s.json#/properties/next"))).isEmpty();
    }

    @Test
    void beforeDraft2019ARefHidesItsSiblings() throws IOException {
        Catalog catalog = catalog("{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
                + " \"$ref\": \"#/definitions/a\", \"allOf\": [{\"$ref\": \"#\"}], \"definitions\": {\"a\": {}}}");

        assertThat(new EndlessCycles(catalog).from(catalog.schema("s.json"))).isEmpty();
    }
}
