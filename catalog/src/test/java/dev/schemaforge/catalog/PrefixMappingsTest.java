package dev.schemaforge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule the CLI's --map, the plugin's mappings and the library's builders are held to. */
class PrefixMappingsTest {

    @TempDir
    Path folder;

    @Test
    void anAbsolutePrefixToAnExistingFolderOrFileIsUsable() throws IOException {
        Path file = Files.writeString(folder.resolve("one.json"), "{}");

        assertThat(PrefixMappings.problem("https://example.com/schemas/", folder)).isEmpty();
        assertThat(PrefixMappings.problem("https://example.com/one.json", file)).isEmpty();
        assertThat(PrefixMappings.problem("urn:example:", folder)).isEmpty();
    }

    @Test
    void aPrefixThatIsNoAbsoluteUriMatchesNoReference() {
        for (String prefix : new String[] {null, "", "schemas/", "http://[bad/", " "}) {
            assertThat(PrefixMappings.problem(prefix, folder)).as(String.valueOf(prefix))
                    .contains("the prefix must be an absolute URI, such as https://example.com/schemas/");
        }
    }

    @Test
    void aMissingOrEmptyTargetHoldsNoFile() {
        Path missing = folder.resolve("missing");

        assertThat(PrefixMappings.problem("https://example.com/", null))
                .contains("give the folder (or file) the prefix maps to");
        assertThat(PrefixMappings.problem("https://example.com/", Path.of("")))
                .as("Java's working folder").contains("give the folder (or file) the prefix maps to");
        assertThat(PrefixMappings.problem("https://example.com/", missing)).contains(missing + " is no folder or file");
    }

    @Test
    void theCatalogBuilderRefusesAnUnusableMappingWhereItIsGiven() {
        Path missing = folder.resolve("missing");

        assertThatThrownBy(() -> Catalog.builder().map("https://example.com/", missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot map https://example.com/ to " + missing + ": " + missing + " is no folder or file");
        assertThatThrownBy(() -> Catalog.builder().map("schemas/", folder))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot map schemas/ to " + folder
                        + ": the prefix must be an absolute URI, such as https://example.com/schemas/");
    }
}
