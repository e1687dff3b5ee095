package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class ModelValidatorTest {

    /** Validates a point's {@code y} with draft 7, where the sibling of a {@code $ref} counts for nothing. */
    private static final String DRAFT7_POINT = """
            {
              "type": "object",
              "properties": {
                "x": {"$ref": "https://example.com/remote/natural.json"},
                "y": {"$ref": "#/definitions/Small", "maximum": 0}
              },
              "definitions": {"Small": {"type": "integer", "maximum": 100}}
            }
            """;

    private static final String DRAFT7_DESCRIPTOR = """
            {
              "defaultDialect": "draft7",
              "roots": ["mapped/0", "schemas"],
              "mappings": {"https://example.com/remote/": "mapped/0"},
              "files": ["mapped/0/natural.json", "schemas/point.json"]
            }
            """;

    @TempDir
    static Path shared;

    static URLClassLoader jar;
    static URLClassLoader folder;

    @BeforeAll
    static void models() throws IOException {
        jar = ModelJar.loader(ModelJar.fixture().writeJar(shared.resolve("models.jar")));
        folder = ModelJar.loader(ModelJar.fixture().writeFolder(shared.resolve("classes")));
    }

    @AfterAll
    static void release() throws IOException {
        jar.close();
        folder.close();
    }

    @Test
    void aModelFromAJarIsValidatedAgainstItsBundledSchema() {
        try (ModelValidator validator = ModelValidator.builder().build()) {
            assertThat(validator.validate(point(jar, 3, 4)).valid()).isTrue();

            ValidationResult result = validator.validate(point(jar, -1, 4));

            assertThat(result.source()).isEqualTo("fixture.Point");
            assertThat(result.violations()).singleElement().satisfies(violation -> {
                assertThat(violation.pointer()).isEqualTo("/x");
                assertThat(violation.keyword()).isEqualTo("minimum");
                assertThat(violation.line()).isZero();
                assertThat(violation.schema().file().toString())
                        .isEqualTo("/META-INF/schemaforge/schemas/common/defs.json");
                assertThat(violation.schema().line()).isEqualTo(1);
            });
        }
    }

    @Test
    void aModelFromAClassFolderIsValidatedAgainstTheFilesInPlace() {
        try (ModelValidator validator = ModelValidator.builder().build()) {
            Violation violation = validator.validate(point(folder, -1, 4)).violations().get(0);

            assertThat(violation.pointer()).isEqualTo("/x");
            assertThat(violation.schema().file())
                    .isEqualTo(shared.resolve("classes/META-INF/schemaforge/schemas/common/defs.json"));
        }
    }

    @Test
    void aNestedModelIsFoundByTheCanonicalNameTheGeneratorWrites() {
        try (ModelValidator validator = ModelValidator.builder().build()) {
            Object label = ModelJar.instance(jar, "fixture.Point$Label", "");

            assertThat(validator.schemaFor(label.getClass()).reference())
                    .isEqualTo("geo/point.schema.json#/$defs/Label");
            assertThat(validator.validate(label).violations()).extracting(Violation::pointer, Violation::keyword)
                    .contains(tuple("/text", "minLength"));
            assertThat(validator.validate(ModelJar.instance(jar, "fixture.Point$Label", "ann@example.com")).valid())
                    .isTrue();
        }
    }

    @Test
    void anEnumConstantWithABodyIsValidatedAsItsEnumInADocumentWithARemoteId() {
        try (ModelValidator validator = ModelValidator.builder().build()) {
            Object circle = ModelJar.constant(jar, "fixture.Shape", "CIRCLE");
            assertThat(circle.getClass().getName()).isNotEqualTo("fixture.Shape");

            ValidationResult result = validator.validate(circle);

            assertThat(result.source()).isEqualTo("fixture.Shape");
            assertThat(result.violations()).singleElement().satisfies(violation -> {
                assertThat(violation.keyword()).isEqualTo("enum");
                assertThat(violation.schema().file().toString())
                        .isEqualTo("/META-INF/schemaforge/schemas/geo/shape.schema.json");
                assertThat(violation.schema().line()).isEqualTo(4);
            });
            assertThat(validator.validate(ModelJar.constant(jar, "fixture.Shape", "SQUARE")).valid()).isTrue();
        }
    }

    @Test
    void formatsAreAssertedUnlessTurnedOff() {
        Object label = ModelJar.instance(jar, "fixture.Point$Label", "not an address");
        try (ModelValidator strict = ModelValidator.builder().build();
                ModelValidator lenient = ModelValidator.builder().formatAssertions(false).build()) {
            assertThat(strict.validate(label).violations()).singleElement()
                    .extracting(Violation::keyword).isEqualTo("format");
            assertThat(lenient.validate(label).valid()).isTrue();
        }
    }

    @Test
    void theGivenMapperWritesTheModel() {
        JsonMapper upperCase = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE).build();
        try (ModelValidator validator = ModelValidator.builder().mapper(upperCase).build()) {
            assertThat(validator.validate(point(jar, 1, 2)).violations()).extracting(Violation::message)
                    .contains("missing required property \"x\"", "missing required property \"y\"");
        }
    }

    @Test
    void theDescriptorGivesTheDefaultDialectAndTheMappedFolders() throws IOException {
        Path models = new ModelJar()
                .type("fixture.Point", "point.json", "")
                .bundled("catalog.json", DRAFT7_DESCRIPTOR)
                .bundled("schemas/point.json", DRAFT7_POINT)
                .bundled("mapped/0/natural.json", "{\"type\": \"integer\", \"minimum\": 0}")
                .source("fixture.Point", ModelJar.FIXTURE_SOURCES.get("fixture.Point"))
                .writeJar(shared.resolve("draft7.jar"));
        try (URLClassLoader loader = ModelJar.loader(models);
                ModelValidator validator = ModelValidator.builder().build()) {
            assertThat(validator.validate(point(loader, 1, 50)).valid())
                    .as("draft 7 ignores the $ref's sibling").isTrue();
            assertThat(validator.validate(point(loader, -1, 50)).violations()).singleElement().satisfies(v -> {
                assertThat(v.pointer()).isEqualTo("/x");
                assertThat(v.schema().file().toString()).isEqualTo("/META-INF/schemaforge/mapped/0/natural.json");
            });
        }
        Path schemas = shared.resolve("draft7.jar.content/META-INF/schemaforge");
        SchemaValidator in2020 = SchemaValidator.builder().schemas(schemas.resolve("schemas"))
                .map("https://example.com/remote/", schemas.resolve("mapped/0")).build();
        assertThat(in2020.schema("point.json").validate("{\"x\": 1, \"y\": 50}").valid())
                .as("the same schema read as 2020-12 applies the sibling").isFalse();
    }

    @Test
    void eachIndexOnOneLoaderKeepsItsOwnBundle() throws IOException {
        Path first = new ModelJar()
                .type("a.Thing", "model.schema.json", "")
                .type("shared.Thing", "model.schema.json", "")
                .bundled("schemas/model.schema.json", "{\"type\": \"string\"}")
                .writeJar(shared.resolve("first.jar"));
        Path second = new ModelJar()
                .type("b.Thing", "model.schema.json", "")
                .type("shared.Thing", "model.schema.json", "")
                .bundled("schemas/model.schema.json", "{\"type\": \"integer\"}")
                .writeFolder(shared.resolve("second"));
        try (URLClassLoader loader = ModelJar.loader(first, second);
                ModelValidator validator = ModelValidator.builder().build()) {
            assertThat(validator.schemaFor("a.Thing", loader).validate("\"text\"").valid()).isTrue();
            assertThat(validator.schemaFor("b.Thing", loader).validate("\"text\"").valid()).isFalse();
            assertThat(validator.schemaFor("b.Thing", loader).validate("7").valid()).isTrue();
            assertThat(validator.schemaFor("shared.Thing", loader).validate("\"text\"").valid())
                    .as("the first index on the class path wins").isTrue();
        }
    }

    /** In a jar, base URIs are opaque {@code jar:} URIs; equal reference texts must not meet. */
    @Test
    void equalRelativeReferencesInAJarResolveBesideTheirOwnDocuments() throws IOException {
        Path models = new ModelJar()
                .type("a.Model", "a/model.json", "")
                .type("b.Model", "b/model.json", "")
                .bundled("schemas/a/model.json", "{\"$ref\": \"common.json\"}")
                .bundled("schemas/a/common.json", "{\"type\": \"string\"}")
                .bundled("schemas/b/model.json", "{\"$ref\": \"common.json\"}")
                .bundled("schemas/b/common.json", "{\"type\": \"integer\"}")
                .writeJar(shared.resolve("same-refs.jar"));
        try (URLClassLoader loader = ModelJar.loader(models);
                ModelValidator validator = ModelValidator.builder().build()) {
            assertThat(validator.schemaFor("a.Model", loader).validate("\"text\"").valid()).isTrue();
            assertThat(validator.schemaFor("b.Model", loader).validate("7").valid()).isTrue();
            assertThat(validator.schemaFor("b.Model", loader).validate("\"text\"").valid()).isFalse();
        }
    }

    @Test
    void aClassNoIndexListsIsNotAModel() throws IOException {
        try (ModelValidator validator = ModelValidator.builder().build();
                URLClassLoader empty = ModelJar.loader()) {
            assertThatThrownBy(() -> validator.validate(new Object()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("java.lang.Object is not a Schemaforge model: ");
            assertThatThrownBy(() -> validator.schemaFor("fixture.Missing", jar))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("fixture.Missing is not a Schemaforge model: none of the type indexes")
                    .hasMessageContaining("models.jar!/META-INF/schemaforge/types.json");
            assertThatThrownBy(() -> validator.schemaFor("fixture.Point", empty))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("fixture.Point is not a Schemaforge model: its class loader has no"
                            + " META-INF/schemaforge/types.json (is the jar or folder of the generated models on the"
                            + " class path?)");
        }
    }

    @Test
    void anIndexWithoutBundledSchemasSaysHowToGetThem() throws IOException {
        Path models = new ModelJar().type("old.Model", "model.schema.json", "").writeJar(shared.resolve("old.jar"));
        try (URLClassLoader loader = ModelJar.loader(models);
                ModelValidator validator = ModelValidator.builder().build()) {
            assertThatThrownBy(() -> validator.schemaFor("old.Model", loader))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no schemas are bundled beside the type index")
                    .hasMessageContaining("bundleSchemas");
        }
    }

    @Test
    void anIndexNamingADocumentThatIsNotBundledNamesBoth() throws IOException {
        Path models = new ModelJar().type("odd.Model", "gone.schema.json", "/$defs/X")
                .bundled("schemas/other.schema.json", "{}")
                .writeFolder(shared.resolve("odd"));
        try (URLClassLoader loader = ModelJar.loader(models);
                ModelValidator validator = ModelValidator.builder().build()) {
            assertThatThrownBy(() -> validator.schemaFor("odd.Model", loader))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("maps odd.Model to gone.schema.json#/$defs/X");
        }
    }

    @Test
    void aBrokenIndexOrDescriptorIsReportedWithItsUrl() throws IOException {
        Path brokenIndex = new ModelJar().file(ModelIndex.RESOURCE, "{\"types\": [1]}")
                .writeFolder(shared.resolve("bi"));
        Path escaping = new ModelJar().type("x.Model", "m.json", "")
                .bundled("catalog.json", "{\"files\": [\"schemas/../../../etc/passwd\"]}")
                .writeFolder(shared.resolve("escaping"));
        try (URLClassLoader broken = ModelJar.loader(brokenIndex);
                URLClassLoader escapes = ModelJar.loader(escaping);
                ModelValidator validator = ModelValidator.builder().build()) {
            assertThatThrownBy(() -> validator.schemaFor("x.Model", broken))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("bi/META-INF/schemaforge/types.json has no \"types\" object");
            assertThatThrownBy(() -> validator.schemaFor("x.Model", escapes))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("\"schemas/../../../etc/passwd\" leaves");
        }
    }

    @Test
    void bundlesThatAreNeitherFilesNorJarEntriesAreReadThroughACopyOfTheListedFiles() {
        MemoryClassLoader loader = new MemoryClassLoader()
                .resource(ModelIndex.RESOURCE, "{\"types\": {\"mem.Point\": {\"document\": \"geo/point.schema.json\","
                        + " \"pointer\": \"\"}}}")
                .resource("META-INF/schemaforge/catalog.json", "{\"roots\": [\"schemas\"], \"files\": ["
                        + "\"schemas/common/defs.json\", \"schemas/geo/point.schema.json\"]}")
                .resource("META-INF/schemaforge/schemas/common/defs.json", ModelJar.DEFS_SCHEMA)
                .resource("META-INF/schemaforge/schemas/geo/point.schema.json", ModelJar.POINT_SCHEMA);
        Path copy;
        try (ModelValidator validator = ModelValidator.builder().build()) {
            CompiledSchema schema = validator.schemaFor("mem.Point", loader);
            assertThat(schema.validate("{\"x\": 1, \"y\": 2}").valid()).isTrue();
            Violation violation = schema.validate("{\"x\": -1, \"y\": 2}").violations().get(0);
            assertThat(violation.pointer()).isEqualTo("/x");
            copy = violation.schema().file();
            assertThat(copy).isRegularFile();
        }
        assertThat(copy).as("closing deletes the temporary copy").doesNotExist();
    }

    @Test
    void withoutAFileListSuchABundleCannotBeRead() {
        MemoryClassLoader loader = new MemoryClassLoader()
                .resource(ModelIndex.RESOURCE,
                        "{\"types\": {\"mem.Point\": {\"document\": \"p.json\", \"pointer\": \"\"}}}")
                .resource("META-INF/schemaforge/schemas/p.json", "{}");
        try (ModelValidator validator = ModelValidator.builder().build()) {
            assertThatThrownBy(() -> validator.schemaFor("mem.Point", loader))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(
                            "cannot list the schemas bundled beside mem:/META-INF/schemaforge/types.json");
        }
    }

    @Test
    void schemasAreCompiledOnceAndSharedByConcurrentCallers() throws Exception {
        try (ModelValidator validator = ModelValidator.builder().build()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<CompiledSchema>> schemas = new ArrayList<>();
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    int x = i % 2 == 0 ? i : -i;
                    schemas.add(pool.submit(() -> validator.schemaFor(point(jar, 0, 0).getClass())));
                    results.add(pool.submit(() -> validator.validate(point(jar, x, 0)).valid() == x >= 0));
                }
                CompiledSchema first = schemas.get(0).get();
                for (Future<CompiledSchema> schema : schemas) {
                    assertThat(schema.get()).isSameAs(first);
                }
                for (Future<Boolean> result : results) {
                    assertThat(result.get()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aClosedValidatorOpensTheJarAgainWhenUsed() {
        ModelValidator validator = ModelValidator.builder().build();
        CompiledSchema before = validator.schemaFor(point(jar, 0, 0).getClass());
        validator.close();

        CompiledSchema after = validator.schemaFor(point(jar, 0, 0).getClass());

        assertThat(after).isNotSameAs(before);
        assertThat(validator.validate(point(jar, -1, 0)).valid()).isFalse();
        validator.close();
    }

    @Test
    void theSharedInstanceIsOne() {
        assertThat(ModelValidator.shared()).isSameAs(ModelValidator.shared());
        assertThat(ModelValidator.shared().validate(point(folder, 1, 1)).valid()).isTrue();
    }

    private static Object point(ClassLoader loader, int x, int y) {
        return ModelJar.instance(loader, "fixture.Point", x, y);
    }
}
