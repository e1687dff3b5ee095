package dev.schemaforge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    private static final Path FIXTURES = Path.of("src/test/resources/catalog").toAbsolutePath();

    private static Catalog load(String relative) {
        return Catalog.builder().input(FIXTURES.resolve(relative)).build();
    }

    @Test
    void resolvesPointersWithEscapesAnchorsEmbeddedResourcesAndSiblingFiles() {
        Catalog catalog = load("refs/root.schema.json");
        SchemaNode root = catalog.schema("Root");
        assertThat(root.pointer()).isEmpty();

        assertThat(resolvedType(catalog, root, "slash")).isEqualTo("string");
        assertThat(resolvedType(catalog, root, "tilde")).isEqualTo("integer");
        assertThat(resolvedType(catalog, root, "percent")).isEqualTo("boolean");
        assertThat(resolvedType(catalog, root, "anchored")).isEqualTo("number");

        SchemaNode embedded = catalog.resolve(root.child("properties", "embedded"), "https://example.test/embedded.json");
        assertThat(embedded.pointer()).isEqualTo("/$defs/Embedded");
        SchemaNode inner = catalog.resolve(embedded.child("properties", "inner"), "#/$defs/Inner");
        assertThat(inner.pointer()).as("a pointer inside an embedded resource is relative to that resource")
                .isEqualTo("/$defs/Embedded/$defs/Inner");

        SchemaNode sibling = catalog.resolve(root.child("properties", "sibling"), "other.schema.json#/$defs/Thing");
        assertThat(sibling.document().displayName()).isEqualTo("other.schema.json");
        assertThat(sibling.node().path("minLength").asInt()).isEqualTo(1);
    }

    private static String resolvedType(Catalog catalog, SchemaNode root, String property) {
        SchemaNode holder = root.child("properties", property);
        return catalog.resolve(holder, holder.node().path("$ref").stringValue()).node().path("type").stringValue();
    }

    @Test
    void relativeReferencesInsideAJarResolveBesideTheirOwnFile(@TempDir Path temp) throws IOException {
        Path jar = temp.resolve("schemas.jar");
        try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of("create", "true"))) {
            for (String folder : new String[] {"a", "b"}) {
                Path dir = Files.createDirectories(zip.getPath("/schemas/" + folder));
                Files.writeString(dir.resolve("main.json"),
                        "{\"title\": \"" + folder + "\", \"properties\": {\"x\": {\"$ref\": \"common.json#/$defs/X\"}}}");
                Files.writeString(dir.resolve("common.json"),
                        "{\"$defs\": {\"X\": {\"description\": \"from " + folder + "\"}}}");
            }
        }
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            Catalog catalog = Catalog.builder()
                    .input(zip.getPath("/schemas/a/main.json"))
                    .input(zip.getPath("/schemas/b/main.json"))
                    .build();
            for (String folder : new String[] {"a", "b"}) {
                SchemaNode holder = catalog.schema(folder).child("properties", "x");
                SchemaNode target = catalog.resolve(holder, "common.json#/$defs/X");
                assertThat(target.node().path("description").stringValue()).isEqualTo("from " + folder);
            }
        }
    }

    @Test
    void remoteReferencesNeedAnExplicitMapping() {
        assertThatThrownBy(() -> load("remote/uses-remote.schema.json"))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("uses-remote.schema.json:4:")
                .hasMessageContaining("https://schemas.example.test/shared/common.json")
                .hasMessageContaining("never fetches from the network");

        Catalog mapped = Catalog.builder()
                .input(FIXTURES.resolve("remote/uses-remote.schema.json"))
                .map("https://schemas.example.test/shared/", FIXTURES.resolve("remote-target"))
                .build();
        SchemaNode holder = mapped.schema("uses-remote").child("properties", "shared");
        SchemaNode id = mapped.resolve(holder, holder.node().path("$ref").stringValue());
        assertThat(id.node().path("format").stringValue()).isEqualTo("uuid");
    }

    @Test
    void referencesCannotLeaveTheRoots() {
        assertThatThrownBy(() -> load("outside.schema.json"))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("leaves the configured schema roots");
    }

    @Test
    void openApiDocumentsContributeEveryComponentAndRecordYamlLocations() {
        Catalog catalog = load("yaml/api.yaml");
        assertThat(catalog.inputs().get(0).kind()).isEqualTo(DocumentKind.OPENAPI_3_0);
        assertThat(catalog.entries()).extracting(Entry::name).containsExactly("Pet", "Owner");

        SchemaNode pet = catalog.schema("Pet");
        assertThat(pet.pointer()).isEqualTo("/components/schemas/Pet");
        assertThat(pet.location().line()).isEqualTo(8);
        assertThat(pet.child("properties", "name").location().line()).isEqualTo(12);
        assertThat(catalog.schema("api.yaml#/components/schemas/Owner")).isEqualTo(catalog.schema("Owner"));
    }

    @Test
    void swaggerDefinitionsAreEntries() {
        Catalog catalog = load("swagger.json");
        assertThat(catalog.inputs().get(0).kind()).isEqualTo(DocumentKind.SWAGGER_2_0);
        assertThat(catalog.entries()).extracting(Entry::name).containsExactly("Order");
    }

    @Test
    void malformedDocumentsReportLineAndColumn() {
        assertThatThrownBy(() -> load("truncated.json"))
                .isInstanceOf(SchemaException.class)
                .hasMessageMatching("(?s).*truncated\\.json:6:\\d+: #: not well-formed: .*");
    }

    @Test
    void aLinkInAnInputFolderWhoseTargetIsGoneIsReportedNotSkipped(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("a.schema.json"), "{\"type\": \"string\"}");
        Path gone = temp.resolve("elsewhere/b.schema.json");
        Path link = Files.createSymbolicLink(temp.resolve("b.schema.json"), gone);

        assertThatThrownBy(() -> Catalog.builder().input(temp).build())
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(link + ": #: cannot read file: a symbolic link to " + gone + ", which does not exist");
    }

    @Test
    void aDocumentNestedBeyondTheReadersLimitIsReportedWhereReadingStopped() {
        DocumentReader reader = new DocumentReader();
        byte[] deep = ("{\"a\":\n" + "[".repeat(1_001) + "]".repeat(1_001) + "}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(Path.of("deep.json"), deep))
                .isInstanceOf(SchemaException.class)
                .hasMessage("deep.json:2:1001: #: nested deeper than the reader's limit of 1000 levels");
        byte[] deepYaml = ("a:\n  " + "[".repeat(1_001) + "]".repeat(1_001)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(Path.of("deep.yaml"), deepYaml))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith("deep.yaml:2:")
                .hasMessageEndingWith(": #: nested deeper than the reader's limit of 1000 levels");
    }

    @Test
    void yamlsInfinityAndNotANumberAreReportedWhereTheyStand() {
        DocumentReader reader = new DocumentReader();
        for (String number : List.of(".inf", "-.Inf", "+.INF", ".nan", ".NaN")) {
            byte[] yaml = ("type: object\nproperties:\n  size: {maximum: " + number + "}\n")
                    .getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> reader.read(Path.of("odd.yaml"), yaml))
                    .isInstanceOf(SchemaException.class)
                    .hasMessage("odd.yaml:3:19: #/properties/size/maximum: the number " + number
                            + " is not finite, and JSON has no such number (quote it if a string is meant)");
        }
        // quoted, it is a string
        byte[] quoted = "a: '.inf'\n".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(Path.of("odd.yaml"), quoted).root().path("a").isString()).isTrue();
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWhereTheyStandInsteadOfReadAsReplacementCharacters() {
        DocumentReader reader = new DocumentReader();
        byte[] yaml = bytes("type: object\ndescription: caf", 0xE9, " au lait\n");
        assertThatThrownBy(() -> reader.read(Path.of("latin1.yaml"), yaml))
                .isInstanceOf(SchemaException.class)
                .hasMessage("latin1.yaml:2:17: #: not well-formed: byte 0xE9 is not UTF-8 (is the file saved in"
                        + " another encoding?)");
        byte[] json = bytes("{\"title\": \"\u00e9\u20ac ", 0xFF, "\"}");
        assertThatThrownBy(() -> reader.read(Path.of("bad.json"), json))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith("bad.json:1:15: #: not well-formed: byte 0xFF is not UTF-8");
        byte[] replacement = "{\"title\": \"\uFFFD\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(Path.of("ok.json"), replacement).root().path("title").stringValue()).isEqualTo("\uFFFD");
    }

    /** Text in UTF-8, with single bytes (given as ints) between the pieces. */
    private static byte[] bytes(Object... pieces) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object piece : pieces) {
            if (piece instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes(piece.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    @Test
    void unknownNamesListWhatIsKnown() {
        Catalog catalog = load("yaml/api.yaml");
        assertThatThrownBy(() -> catalog.schema("Cat"))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("no schema named \"Cat\"")
                .hasMessageContaining("[Pet, Owner]");
    }

    @Test
    void dialectComesFromSchemaKeywordOrTheDefault() {
        Catalog catalog = Catalog.builder()
                .input(FIXTURES.resolve("refs/other.schema.json"))
                .defaultDialect(Dialect.DRAFT_7)
                .build();
        assertThat(catalog.inputs().get(0).dialect()).isEqualTo(Dialect.DRAFT_7);
        assertThat(load("refs/root.schema.json").inputs().get(0).dialect()).isEqualTo(Dialect.DRAFT_2020_12);
        assertThat(Dialect.fromSchemaUri("http://json-schema.org/draft-04/schema")).contains(Dialect.DRAFT_4);
        assertThat(Dialect.parse("2019-09")).contains(Dialect.DRAFT_2019_09);
    }

    @Test
    void extensionlessReferencesFindTheSameNameWithJsonOrYamlBesideThem(@TempDir Path temp) throws IOException {
        Path local = Files.createDirectories(temp.resolve("local"));
        Files.writeString(local.resolve("main.json"), """
                {"title": "main", "properties": {
                  "a": {"$ref": "common#/$defs/A"},
                  "b": {"$ref": "settings#/$defs/B"}}}""");
        Files.writeString(local.resolve("common.json"), "{\"$defs\": {\"A\": {\"type\": \"string\"}}}");
        Files.writeString(local.resolve("settings.yaml"), "$defs:\n  B:\n    type: integer\n");
        Catalog catalog = Catalog.builder().input(local.resolve("main.json")).build();
        SchemaNode main = catalog.schema("main");
        assertThat(resolvedType(catalog, main, "a")).isEqualTo("string");
        assertThat(resolvedType(catalog, main, "b")).isEqualTo("integer");
        assertThat(catalog.resolve(main.child("properties", "b"), "settings#/$defs/B").document().displayName())
                .isEqualTo("settings.yaml");

        Path store = Files.createDirectories(temp.resolve("store"));
        Files.writeString(store.resolve("common.json"), "{\"$defs\": {\"A\": {\"type\": \"boolean\"}}}");
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("uses.json"), """
                {"$id": "https://schemas.example.test/store/uses.json", "title": "uses",
                 "properties": {"a": {"$ref": "common#/$defs/A"}}}""");
        Catalog mapped = Catalog.builder()
                .input(in.resolve("uses.json"))
                .map("https://schemas.example.test/store/", store)
                .build();
        assertThat(resolvedType(mapped, mapped.schema("uses"), "a")).as("through a prefix mapping").isEqualTo("boolean");
        assertThat(mapped.document(URI.create("https://schemas.example.test/store/common"))).isPresent();
    }

    @Test
    void anExtensionlessReferenceThatMatchesNoFileKeepsItsLocatedError(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("broken.json"), """
                {"properties": {
                  "x": {"$ref": "nowhere#/$defs/X"}}}""");
        assertThatThrownBy(() -> Catalog.builder().input(temp.resolve("broken.json")).build())
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("broken.json:2:9: #/properties/x/$ref: $ref \"nowhere#/$defs/X\" points at ")
                .hasMessageContaining("nowhere, which does not exist (nor does it with .json, .yaml or .yml)");
    }

    @Test
    void buildToleratingReportsEveryProblemAndKeepsWhatLoaded(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("a-truncated.json"), "{\"type\": ");
        Files.writeString(temp.resolve("b-dangling.json"), """
                {"properties": {
                  "x": {"$ref": "#/$defs/Missing"},
                  "y": {"$ref": "a-truncated.json"}}}""");
        Files.writeString(temp.resolve("c-fine.json"), "{\"type\": \"string\"}");
        Catalog.Builder builder = Catalog.builder().input(temp);

        List<Problem> problems = new ArrayList<>();
        Catalog catalog = builder.buildTolerating(problems::add);

        assertThat(catalog.inputs()).extracting(document -> document.file().getFileName().toString())
                .containsExactly("b-dangling.json", "c-fine.json");
        assertThat(catalog.schema("c-fine").node().path("type").stringValue()).isEqualTo("string");
        assertThat(problems).extracting(problem -> problem.location().file().getFileName() + ":"
                + problem.location().line() + ":" + problem.location().column() + " " + problem.pointer())
                .as("the reference into the unreadable document meets the same error, reported once")
                .containsExactly("a-truncated.json:1:10 ", "b-dangling.json:2:9 /properties/x/$ref");
        assertThatThrownBy(() -> Catalog.builder().input(temp).build())
                .as("build() still fails, and stops before references when a document is unreadable")
                .isInstanceOf(SchemaException.class)
                .satisfies(e -> assertThat(((SchemaException) e).problems()).hasSize(1));
    }

    @Test
    void referencesToStandardMetaSchemasResolveToAStandInWithoutLoadingAnything(@TempDir Path temp)
            throws IOException {
        Map<String, Dialect> refs = Map.of(
                "http://json-schema.org/draft-04/schema#", Dialect.DRAFT_4,
                "http://json-schema.org/draft-06/schema#", Dialect.DRAFT_6,
                "http://json-schema.org/draft-07/schema#", Dialect.DRAFT_7,
                "https://json-schema.org/draft-07/schema", Dialect.DRAFT_7,
                "https://json-schema.org/draft/2019-09/schema", Dialect.DRAFT_2019_09,
                "https://json-schema.org/draft/2020-12/schema", Dialect.DRAFT_2020_12);
        StringBuilder properties = new StringBuilder();
        List<String> names = List.copyOf(refs.keySet());
        for (int i = 0; i < names.size(); i++) {
            properties.append(i == 0 ? "" : ", ").append("\"p").append(i).append("\": {\"$ref\": \"")
                    .append(names.get(i)).append("\"}");
        }
        Files.writeString(temp.resolve("meta.json"), "{\"title\": \"meta\", \"properties\": {" + properties + "}}");
        Catalog catalog = Catalog.builder().input(temp.resolve("meta.json")).build();
        SchemaNode root = catalog.schema("meta");
        for (int i = 0; i < names.size(); i++) {
            SchemaNode target = catalog.resolve(root.child("properties", "p" + i), names.get(i));
            assertThat(catalog.isMetaSchema(target)).as(names.get(i)).isTrue();
            assertThat(target.node().isObject() && target.node().isEmpty()).as("an empty schema").isTrue();
            assertThat(target.dialect()).isEqualTo(refs.get(names.get(i)));
        }
        assertThat(catalog.isMetaSchema(root)).isFalse();
        assertThat(catalog.documents()).as("nothing loaded").hasSize(1);
        assertThat(catalog.document(URI.create("http://json-schema.org/draft-07/schema#")))
                .as("engines asking by URI use their own copy").isEmpty();

        Files.writeString(temp.resolve("inside.json"), """
                {"properties": {
                  "x": {"$ref": "http://json-schema.org/draft-07/schema#/definitions/stringArray"}}}""");
        assertThatThrownBy(() -> Catalog.builder().input(temp.resolve("inside.json")).build())
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("inside.json:2:9: #/properties/x/$ref:")
                .hasMessageContaining("points into the draft7 meta-schema");
    }

    @Test
    void aMappingToAFileMapsExactlyThatUri(@TempDir Path temp) throws IOException {
        String uri = "https://raw.example.test/Schemata/sarif-schema-2.1.0.json";
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path mappedFile = elsewhere.resolve("sarif-2.1.0.json");
        Files.writeString(mappedFile, "{\"$id\": \"" + uri + "\", \"definitions\": {"
                + "\"conversion\": {\"type\": \"object\"}}}");
        Files.writeString(elsewhere.resolve("sibling.json"), "{}");
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("uses.json"), "{\"title\": \"uses\", \"properties\": {"
                + "\"c\": {\"$ref\": \"" + uri + "#/definitions/conversion\"}}}");
        Files.writeString(in.resolve("longer.json"), "{\"properties\": {"
                + "\"c\": {\"$ref\": \"" + uri + "/more.json\"}}}");

        Catalog catalog = Catalog.builder().input(in.resolve("uses.json")).map(uri, mappedFile).build();
        SchemaNode conversion = catalog.resolve(catalog.schema("uses").child("properties", "c"),
                uri + "#/definitions/conversion");
        assertThat(conversion.node().path("type").stringValue()).isEqualTo("object");
        assertThat(conversion.document().file()).isEqualTo(mappedFile.toAbsolutePath().normalize());

        assertThatThrownBy(() -> Catalog.builder().input(in.resolve("longer.json")).map(uri, mappedFile).build())
                .as("a URI that only starts with the mapped one is not mapped")
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(uri + "/more.json, which is not loaded and has no prefix mapping");
        Files.writeString(mappedFile, "{\"$id\": \"" + uri + "\", \"definitions\": {"
                + "\"conversion\": {\"$ref\": \"sibling.json\"}}}");
        assertThatThrownBy(() -> Catalog.builder().input(in.resolve("uses.json")).map(uri, mappedFile).build())
                .as("the mapped file's folder is no root")
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("sarif-2.1.0.json:1:")
                .hasMessageContaining("$ref \"sibling.json\" leaves the configured schema roots");
    }
}
