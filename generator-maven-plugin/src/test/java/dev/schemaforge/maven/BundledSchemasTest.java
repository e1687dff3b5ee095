package dev.schemaforge.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.Dialect;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.generator.GeneratedFile;
import dev.schemaforge.generator.GenerationRequest;
import dev.schemaforge.generator.GenerationResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BundledSchemasTest {

    /** Refers to a shared file that the includes leave out, and to a mapped remote document. */
    private static final String ORDER = """
            {
              "title": "Order",
              "type": "object",
              "properties": {
                "id": {"$ref": "common/defs.json#/$defs/Id"},
                "address": {"$ref": "https://schemas.example.com/geo/address.json"}
              }
            }
            """;

    private static final String DEFS = """
            {"$defs": {"Id": {"type": "string", "minLength": 1}}}
            """;

    private static final String ADDRESS = """
            {"type": "object", "properties": {"city": {"type": "string"}}}
            """;

    @TempDir
    Path project;

    Path schemas;
    Path remote;

    @BeforeEach
    void layout() throws IOException {
        schemas = project.resolve("src/main/schemas");
        remote = project.resolve("remote");
        Schemas.write(schemas, "order.schema.json", ORDER);
        Schemas.write(schemas, "common/defs.json", DEFS);
        Schemas.write(schemas, "common/unused.json", "{\"type\": \"string\"}");
        Schemas.write(remote, "geo/address.json", ADDRESS);
    }

    @Test
    void everyLoadedDocumentIsCopiedByteForByteUnderItsCatalogName() throws IOException {
        BundledSchemas bundle = bundle(Map.of("https://schemas.example.com/", remote));

        assertThat(paths(bundle)).containsExactly(
                "META-INF/schemaforge/mapped/0/geo/address.json",
                "META-INF/schemaforge/schemas/common/defs.json",
                "META-INF/schemaforge/schemas/order.schema.json");
        assertThat(content(bundle, "schemas/order.schema.json")).isEqualTo(ORDER);
        assertThat(content(bundle, "schemas/common/defs.json")).isEqualTo(DEFS);
        assertThat(content(bundle, "mapped/0/geo/address.json")).isEqualTo(ADDRESS);
        assertThat(bundle.documents()).allMatch(file -> file.kind() == GeneratedFile.Kind.RESOURCE);
    }

    @Test
    void theDescriptorSaysHowToRebuildTheCatalog() throws IOException {
        BundledSchemas bundle = bundle(Map.of("https://schemas.example.com/", remote));

        assertThat(bundle.descriptor().relativePath()).isEqualTo("META-INF/schemaforge/catalog.json");
        JsonNode descriptor = JsonMapper.builder().build().readTree(bundle.descriptor().content());
        assertThat(descriptor.path("defaultDialect").stringValue()).isEqualTo("draft7");
        assertThat(descriptor.path("roots").toString()).isEqualTo("[\"mapped/0\",\"schemas\"]");
        assertThat(descriptor.path("mappings").path("https://schemas.example.com/").stringValue())
                .isEqualTo("mapped/0");
        assertThat(descriptor.path("files").toString()).isEqualTo(
                "[\"mapped/0/geo/address.json\",\"schemas/common/defs.json\",\"schemas/order.schema.json\"]");
        assertThat(bundle.descriptor().content()).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void aMappedFolderInsideTheSourceDirectoryIsBundledThereOnlyOnce() throws IOException {
        Schemas.write(schemas, "vendor/geo/address.json", ADDRESS);

        BundledSchemas bundle = bundle(Map.of("https://schemas.example.com/", schemas.resolve("vendor")));

        assertThat(paths(bundle)).containsExactly(
                "META-INF/schemaforge/schemas/common/defs.json",
                "META-INF/schemaforge/schemas/order.schema.json",
                "META-INF/schemaforge/schemas/vendor/geo/address.json");
        JsonNode descriptor = JsonMapper.builder().build().readTree(bundle.descriptor().content());
        assertThat(descriptor.path("roots").toString()).isEqualTo("[\"schemas\"]");
        assertThat(descriptor.path("mappings").path("https://schemas.example.com/").stringValue())
                .isEqualTo("schemas/vendor");
    }

    @Test
    void mappedFoldersAreNumberedInTheOrderOfTheirPrefixes() throws IOException {
        Schemas.write(schemas, "both.schema.json", """
                {"properties": {
                  "a": {"$ref": "https://a.example.com/x.json"},
                  "b": {"$ref": "https://b.example.com/x.json"}}}
                """);
        Schemas.write(project.resolve("a"), "x.json", "{\"type\": \"string\"}");
        Schemas.write(project.resolve("b"), "x.json", "{\"type\": \"integer\"}");
        Map<String, Path> mappings = new LinkedHashMap<>();
        mappings.put("https://b.example.com/", project.resolve("b"));
        mappings.put("https://a.example.com/", project.resolve("a"));
        mappings.put("https://schemas.example.com/", remote);

        BundledSchemas bundle = bundle(List.of(schemas.resolve("both.schema.json"),
                schemas.resolve("order.schema.json")), mappings);

        assertThat(content(bundle, "mapped/0/x.json")).contains("string");
        assertThat(content(bundle, "mapped/1/x.json")).contains("integer");
        assertThat(content(bundle, "mapped/2/geo/address.json")).isEqualTo(ADDRESS);
    }

    @Test
    void theSameInputsGiveTheSameBundle() throws IOException {
        Map<String, Path> mappings = Map.of("https://schemas.example.com/", remote);
        assertThat(bundle(mappings)).isEqualTo(bundle(mappings));
    }

    /** The catalog refuses bytes that are not UTF-8, where it once read them as U+FFFD; nothing is bundled. */
    @Test
    void aYamlDocumentWithStrayLatin1BytesIsRefusedWithItsLocation() throws IOException {
        Path latin1 = schemas.resolve("legacy.yaml");
        Files.write(latin1, "title: Legacy\ndescription: caf\u00e9\ntype: string\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> bundle(List.of(latin1), Map.of()))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith(latin1 + ":2:17: #: not well-formed: byte 0xE9 is not UTF-8");
    }

    @Test
    void addingToAResultKeepsItsFilesAndTypeCount() throws IOException {
        GeneratedFile source = new GeneratedFile(GeneratedFile.Kind.SOURCE, "a/A.java", "class A {}");
        BundledSchemas bundle = bundle(Map.of("https://schemas.example.com/", remote));

        GenerationResult result = bundle.addTo(new GenerationResult(List.of(source), 1));

        assertThat(result.typeCount()).isEqualTo(1);
        assertThat(result.files()).hasSize(5).startsWith(source).endsWith(bundle.descriptor());
    }

    private BundledSchemas bundle(Map<String, Path> mappings) throws IOException {
        return bundle(List.of(schemas.resolve("order.schema.json")), mappings);
    }

    private BundledSchemas bundle(List<Path> inputs, Map<String, Path> mappings) throws IOException {
        GenerationRequest.Builder request = GenerationRequest.builder().inputs(inputs).root(schemas)
                .packageName("com.example").sourceOutput(project.resolve("target/gen"))
                .defaultDialect(Dialect.DRAFT_7);
        mappings.forEach(request::map);
        GenerationRequest built = request.build();
        Catalog.Builder catalog = Catalog.builder().inputs(built.inputs()).defaultDialect(built.defaultDialect());
        built.roots().forEach(catalog::root);
        built.mappings().forEach(catalog::map);
        return BundledSchemas.of(catalog.build(), built, schemas);
    }

    private static List<String> paths(BundledSchemas bundle) {
        return bundle.documents().stream().map(GeneratedFile::relativePath).toList();
    }

    private static String content(BundledSchemas bundle, String location) {
        return bundle.documents().stream()
                .filter(file -> file.relativePath().equals(BundledSchemas.FOLDER + location))
                .map(GeneratedFile::content)
                .findFirst()
                .orElseThrow(() -> new AssertionError("not bundled: " + location + " in " + paths(bundle)));
    }
}
