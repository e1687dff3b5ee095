package dev.schemaforge.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.schemaforge.catalog.Problem;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.generator.emit.TypeIndex;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapping contract end to end: small focused schemas in, the emitted Java (and the type index)
 * inspected as text, and compiled with every lint warning an error.
 */
class GeneratorMappingTest {

    private static final Path FIXTURES = Path.of("src/test/resources/mapping").toAbsolutePath();
    private static final String PACKAGE = "test.mapping";
    private static final String DIR = "test/mapping/";

    private static GenerationResult result(String... files) {
        GenerationRequest.Builder request = GenerationRequest.builder()
                .packageName(PACKAGE)
                .sourceOutput(Path.of("unused"));
        for (String file : files) {
            request.input(FIXTURES.resolve(file));
        }
        return new Generator().generate(request.build());
    }

    /** Every emitted file by its path relative to the output folder. */
    private static Map<String, String> generate(String... files) {
        Map<String, String> out = new LinkedHashMap<>();
        result(files).files().forEach(f -> out.put(f.relativePath(), f.content()));
        return out;
    }

    /** The text with every run of white space made one space, for annotations JavaPoet wraps. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String source(Map<String, String> files, String simpleName) {
        String content = files.get(DIR + simpleName + ".java");
        assertThat(content).as("%s.java among %s", simpleName, files.keySet()).isNotNull();
        return content;
    }

    @ParameterizedTest
    @ValueSource(strings = {"formats.schema.json", "person.schema.json", "tree.schema.json", "docs.schema.json",
            "nullable-30.openapi.yaml", "nullable-31.openapi.yaml", "allof.openapi.yaml", "enums.schema.json",
            "swagger2.yaml", "naming.openapi.yaml", "order/alpha.schema.json", "flags.schema.json"})
    void everyFixtureCompilesWithoutWarnings(String fixture, @TempDir Path work) {
        assertThat(CompileSupport.compile(result(fixture), work)).isEmpty();
    }

    @Test
    void formatsBecomeTheContractsJavaTypes() {
        String formats = source(generate("formats.schema.json"), "Formats");
        assertThat(formats).contains("public record Formats(")
                .contains("@JsonProperty(\"created\") OffsetDateTime created")
                .contains("@JsonProperty(\"birthday\") @Nullable LocalDate birthday")
                .contains("@JsonProperty(\"uid\") @Nullable UUID uid")
                .contains("@JsonProperty(\"homepage\") @Nullable URI homepage")
                .contains("@JsonProperty(\"small\") @Nullable Integer small")
                .contains("@JsonProperty(\"big\") @Nullable Long big")
                .contains("@JsonProperty(\"plain_integer\") @Nullable Long plainInteger")
                .contains("@JsonProperty(\"amount\") @Nullable BigDecimal amount")
                .contains("@JsonProperty(\"ratio\") @Nullable Double ratio")
                .contains("@JsonProperty(\"weight\") @Nullable Float weight")
                .contains("@JsonProperty(\"payload\") byte @Nullable [] payload")
                .contains("@JsonProperty(\"flag\") @Nullable Boolean flag")
                .contains("import java.time.OffsetDateTime;", "import java.time.LocalDate;",
                        "import java.util.UUID;", "import java.net.URI;", "import java.math.BigDecimal;");
    }

    @Test
    void aRequiredPropertyIsCheckedWithTheTypeAndJsonName() {
        String formats = source(generate("formats.schema.json"), "Formats");
        assertThat(formats).contains("Objects.requireNonNull(created, \"Formats: required property \\\"created\\\" is missing\")");
        assertThat(formats).doesNotContain("requireNonNull(birthday");
    }

    @Test
    void aMapOnlyObjectIsAMapAndNoClass() {
        Map<String, String> files = generate("person.schema.json");
        assertThat(source(files, "Person")).contains("@JsonProperty(\"scores\") @Nullable Map<String, Long> scores");
        assertThat(files.keySet()).noneMatch(path -> path.contains("Scores"));
    }

    @Test
    void aSchemaReferencedTwiceIsOneJavaType() {
        Map<String, String> files = generate("person.schema.json");
        assertThat(source(files, "Person")).contains("@JsonProperty(\"home\") @Nullable Location home")
                .contains("@JsonProperty(\"work\") @Nullable Location work");
        assertThat(files.keySet()).containsExactlyInAnyOrder(DIR + "Person.java", DIR + "PersonAddress.java",
                DIR + "PersonPetsItem.java", DIR + "Location.java", TypeIndex.RESOURCE);
    }

    @Test
    void aRecursiveSchemaReferencesItself() {
        Map<String, String> files = generate("tree.schema.json");
        assertThat(files.keySet()).containsExactlyInAnyOrder(DIR + "TreeNode.java", TypeIndex.RESOURCE);
        assertThat(source(files, "TreeNode")).contains("public record TreeNode(")
                .contains("@JsonProperty(\"children\") @Nullable List<TreeNode> children");
    }

    @Test
    void inlineObjectsAndArrayItemsGetOwnerPlusPropertyNames() {
        Map<String, String> files = generate("person.schema.json");
        assertThat(source(files, "Person")).contains("@JsonProperty(\"address\") PersonAddress address")
                .contains("@JsonProperty(\"pets\") @Nullable List<PersonPetsItem> pets");
        assertThat(source(files, "PersonAddress")).contains("public record PersonAddress(")
                .contains("@JsonProperty(\"street\") @Nullable String street");
        assertThat(source(files, "PersonPetsItem")).contains("public record PersonPetsItem(");
    }

    /** The copies name their type arguments: a diamond nested in the generic call costs javac an inference. */
    @Test
    void collectionsAreCopiedUnmodifiable() {
        Map<String, String> files = generate("person.schema.json");
        assertThat(source(files, "Person"))
                .contains("pets = pets == null ? null : Collections.unmodifiableList(new ArrayList<PersonPetsItem>(pets));")
                .containsPattern("scores = scores == null \\? null : Collections\\.unmodifiableMap\\("
                        + "new LinkedHashMap<String, \\w+>\\(scores\\)\\);")
                .doesNotContain("(new ArrayList<>(").doesNotContain("(new LinkedHashMap<>(");
    }

    @Test
    void javadocComesFromTitleAndDescription() {
        Map<String, String> files = generate("person.schema.json");
        assertThat(source(files, "Person")).contains(" * Someone the system knows.")
                .contains(" * @param name <b>required</b>; Full name as written.")
                .contains(" * <p>Schema: {@code person.schema.json#}");
        assertThat(source(files, "Location")).as("a title alone is the summary").contains(" * Location\n");
    }

    @Test
    void descriptionsCannotBreakTheComment(@TempDir Path work) {
        GenerationResult result = result("docs.schema.json");
        String tricky = result.sources().get(0).content();
        assertThat(tricky)
                .contains("Ends a comment *&#47; early; C:&#92;u0000 and &#92;u002a/ and &#92;uZZZZ;"
                        + " &#64;param fake tag; &lt;b&gt;bold&lt;/b&gt; &amp; more")
                .contains("@param note Also *&#47; here with &#92;uZZZZ and &#64;return nothing")
                .doesNotContain("\\u")
                .doesNotContain("@param fake");
        assertThat(CompileSupport.compile(result, work)).isEmpty();
    }

    @Test
    void everyFileNamesItsSourceAndIsMarkedGenerated() {
        Map<String, String> files = generate("person.schema.json");
        assertThat(source(files, "PersonAddress"))
                .startsWith("// Generated by Schemaforge from person.schema.json#/properties/address. Do not edit.\n")
                .contains("@Generated(\"dev.schemaforge.generator\")")
                .contains("package test.mapping;");
    }

    @Test
    void openApi30NullableIsAnOptionalComponent() {
        String account = source(generate("nullable-30.openapi.yaml"), "Account");
        assertThat(account)
                .contains("@JsonProperty(\"id\") String id")
                .contains("@JsonProperty(\"nickname\") @Nullable Optional<String> nickname")
                .contains("@JsonProperty(\"closed_at\") Optional<OffsetDateTime> closedAt")
                .contains("@JsonProperty(\"plan\") @Nullable String plan");
        assertThat(flat(account)).as("only a builder tells absent from null")
                .contains("@JsonDeserialize( builder = Account.Builder.class )");
    }

    @Test
    void typeArraysAndNullBranchesAreOptionalComponents() {
        Map<String, String> files = generate("nullable-31.openapi.yaml");
        assertThat(source(files, "Shipment"))
                .contains("@JsonProperty(\"code\") Optional<String> code")
                .contains("@JsonProperty(\"comment\") @Nullable Optional<String> comment")
                .contains("@JsonProperty(\"origin\") Optional<Port> origin")
                .contains("@JsonProperty(\"destination\") @Nullable Optional<Port> destination")
                .contains("@JsonProperty(\"carrier\") @Nullable String carrier");
        assertThat(files.keySet()).as("the null branch is no type of its own")
                .containsExactlyInAnyOrder(DIR + "Shipment.java", DIR + "Port.java", TypeIndex.RESOURCE);
    }

    @Test
    void aRecordWithoutNullableOptionalsIsReadWithoutItsBuilder() {
        assertThat(source(generate("formats.schema.json"), "Formats")).doesNotContain("JsonDeserialize");
    }

    @Test
    void allOfMergesPropertiesAndRequired() {
        Map<String, String> files = generate("allof.openapi.yaml");
        assertThat(source(files, "Employee")).contains("public record Employee(")
                .contains("@JsonProperty(\"name\") String name")
                .contains("@JsonProperty(\"employee_number\") Integer employeeNumber")
                .contains("@JsonProperty(\"team\") @Nullable String team")
                .contains("required property \\\"name\\\" is missing")
                .contains("required property \\\"employee_number\\\" is missing");
    }

    @Test
    void aClosedObjectRejectsUnknownMembersAndAnOpenOneKeepsThem() {
        Map<String, String> files = generate("flags.schema.json");
        assertThat(flat(source(files, "Strict"))).doesNotContain("@JsonIgnoreProperties( ignoreUnknown")
                .doesNotContain("Map<String")
                .contains("is not allowed (additionalProperties: false)");
        assertThat(flat(source(files, "Lenient")))
                .contains("@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)")
                .doesNotContain("ignoreUnknown");
    }

    @Test
    void deprecatedSchemasAreDeprecatedTypes() {
        Map<String, String> files = generate("flags.schema.json");
        assertThat(source(files, "Legacy")).contains("@Deprecated\npublic record Legacy(");
        assertThat(source(files, "Lenient")).doesNotContain("@Deprecated");
    }

    @Test
    void enumConstantsKeepLegalSpellingsAndSanitiseTheRest() {
        String media = source(generate("enums.schema.json"), "EnumsMedia");
        assertThat(media).contains("public enum EnumsMedia {")
                .contains("    TEXT_PLAIN(\"text/plain\"),")
                .contains("    APPLICATION_JSON(\"application/json\"),")
                .contains("    _1ST(\"1st\"),")
                .contains("    EMPTY(\"\"),")
                .contains("    AUTH0(\"AUTH0\"),")
                .contains("    openid(\"openid\"),")
                .contains("    CLASS(\"class\");")
                .contains("@JsonValue")
                .contains("@JsonCreator")
                .contains("\"\\\" is not one of text/plain, application/json, 1st, , AUTH0, openid, class\"");
    }

    @Test
    void enumValuesThatSanitiseAlikeGetDistinctConstants() {
        Map<String, String> files = generate("enums.schema.json");
        assertThat(source(files, "EnumsSeparator"))
                .contains("    A_B(\"a-b\"),", "    A_B2(\"a b\"),", "    A_B3(\"a.b\");");
        String joined = source(files, "EnumsJoined");
        List<String> constants = joined.lines().filter(l -> l.matches("    \\w+\\(\"a[-_]b\"\\)[,;]"))
                .map(l -> l.substring(4, l.indexOf('('))).toList();
        assertThat(constants).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void swagger2DefinitionsGenerateRecordsAndEnums() {
        Map<String, String> files = generate("swagger2.yaml");
        assertThat(source(files, "Order")).contains("public record Order(")
                .contains("@JsonProperty(\"id\") Long id")
                .contains("@JsonProperty(\"status\") @Nullable OrderStatus status")
                .contains("@JsonProperty(\"note\") @Nullable Optional<String> note");
        assertThat(source(files, "OrderStatus")).contains("public enum OrderStatus {").contains("placed(\"placed\")");
    }

    @Test
    void namesAreEscapedAndCollisionsNumbered() {
        Map<String, String> files = generate("naming.openapi.yaml");
        assertThat(source(files, "ApiSsoV1Connection"))
                .contains("@JsonProperty(\"organization_id\") @Nullable String organizationId")
                .contains("@JsonProperty(\"ID\") @Nullable String id")
                .contains("@JsonProperty(\"URLPath\") @Nullable String urlPath")
                .contains("@JsonProperty(\"class\") @Nullable String class_")
                .contains("@JsonProperty(\"toString\") @Nullable String toString_")
                .contains("@JsonProperty(\"builder\") @Nullable String builder_")
                .contains("@JsonProperty(\"address\") @Nullable ApiSsoV1ConnectionAddress2 address");
        assertThat(source(files, "ApiSsoV1ConnectionAddress")).contains("String zip");
        assertThat(source(files, "ApiSsoV1ConnectionAddress2")).contains("String street");
        assertThat(source(files, "Status")).contains("public enum Status {");
        assertThat(source(files, "STATUS2")).contains("public enum STATUS2 {");
    }

    @Test
    void theTypeIndexMapsEveryClassToItsSchema() {
        Map<String, String> files = generate("person.schema.json");
        JsonNode types = JsonMapper.builder().build().readTree(files.get(TypeIndex.RESOURCE)).path("types");
        List<String> classes = files.keySet().stream().filter(p -> p.endsWith(".java"))
                .map(p -> p.substring(0, p.length() - ".java".length()).replace('/', '.')).toList();
        assertThat(types.propertyNames()).containsExactlyInAnyOrderElementsOf(classes);
        assertThat(types.path("test.mapping.Person").path("document").asString()).isEqualTo("person.schema.json");
        assertThat(types.path("test.mapping.Person").path("pointer").asString()).isEqualTo("");
        assertThat(types.path("test.mapping.PersonAddress").path("pointer").asString()).isEqualTo("/properties/address");
        assertThat(types.path("test.mapping.Location").path("pointer").asString()).isEqualTo("/$defs/Location");
        assertThat(files.get(TypeIndex.RESOURCE)).doesNotContain("\r").endsWith("\n");
    }

    @Test
    void generatingTwiceGivesIdenticalFiles() {
        String[] inputs = {"naming.openapi.yaml", "person.schema.json", "enums.schema.json"};
        GenerationResult first = result(inputs);
        GenerationResult second = result(inputs);
        assertThat(second.files()).isEqualTo(first.files());
        assertThat(second.typeCount()).isEqualTo(first.typeCount()).isPositive();
    }

    @Test
    void inputOrderDoesNotChangeFilesWhenNamesDoNotCompete() {
        Map<String, String> forward = new TreeMap<>(generate("order/alpha.schema.json", "order/beta.schema.json"));
        Map<String, String> backward = new TreeMap<>(generate("order/beta.schema.json", "order/alpha.schema.json"));
        assertThat(forward).containsOnlyKeys(DIR + "Alpha.java", DIR + "AlphaKind.java", DIR + "Beta.java",
                DIR + "BetaBox.java", TypeIndex.RESOURCE);
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void theTypeCountCountsGeneratedTypes() {
        GenerationResult result = result("person.schema.json");
        assertThat(result.typeCount()).isEqualTo(4).isEqualTo(result.sources().size());
    }

    @Test
    void aDanglingReferenceNamesFileLineColumnPointerAndReference() {
        Path file = FIXTURES.resolve("errors/dangling.schema.json");
        assertThatThrownBy(() -> result("errors/dangling.schema.json"))
                .isInstanceOfSatisfying(SchemaException.class, e -> {
                    assertThat(e.getMessage()).contains(file + ":6:7")
                            .contains("#/properties/owner/$ref")
                            .contains("\"#/$defs/Missing\"");
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.reference()).isEqualTo("#/$defs/Missing");
                        assertThat(p.pointer()).isEqualTo("/properties/owner/$ref");
                        assertThat(p.location().line()).isEqualTo(6);
                    });
                });
    }

    @Test
    void anUnknownInputIsASchemaExceptionNamingIt() {
        Path missing = FIXTURES.resolve("no-such.schema.json");
        assertThatThrownBy(() -> result("no-such.schema.json"))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("no such file or folder")
                .satisfies(e -> assertThat(((SchemaException) e).problems()).extracting(Problem::message)
                        .containsExactly("no such file or folder"));
    }

    @Test
    void refinementsFollowWhatTheSchemaAdmits() {
        String refinements = flat(source(generate("refinements.schema.json"), "Refinements"));
        assertThat(refinements)
                .as("a union with a null branch stays nullable at its second use")
                .contains("@JsonProperty(\"before\") @Nullable Optional<")
                .contains("@JsonProperty(\"after\") @Nullable Optional<")
                .as("an object whose every allOf part admits null admits null")
                .contains("@JsonProperty(\"event\") @Nullable Optional<RefinementsEvent>")
                .as("an allOf part that only annotates adds nothing to merge")
                .contains("@JsonProperty(\"darwin\") @Nullable List<String> darwin")
                .as("an allOf of a union and an array shape is no record")
                .contains("@JsonProperty(\"align\") @Nullable Object align")
                .as("an allOf of objects and a union of objects is a record")
                .contains("@JsonProperty(\"config\") @Nullable RefinementsConfig config")
                .as("a tuple whose later items are open holds any value")
                .contains("@JsonProperty(\"plugin\") @Nullable List<Object> plugin")
                .as("a schema without a type that only leaves members open admits any value")
                .contains("@JsonProperty(\"anything\") @Nullable Object anything")
                .as("a closed tuple of strings is a list of strings")
                .contains("@JsonProperty(\"pair\") @Nullable List<String> pair");
    }
}
