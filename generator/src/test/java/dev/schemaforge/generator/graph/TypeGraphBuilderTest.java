package dev.schemaforge.generator.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.generator.model.NamedType;
import dev.schemaforge.generator.model.Property;
import dev.schemaforge.generator.model.ScalarKind;
import dev.schemaforge.generator.model.TypeGraph;
import dev.schemaforge.generator.model.TypeId;
import dev.schemaforge.generator.model.TypeRef;
import dev.schemaforge.generator.naming.JavaNames;

/** What the type graph makes of each schema construct, checked on the graph itself and on the names it gets. */
class TypeGraphBuilderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/mapping").toAbsolutePath();

    private static TypeGraph graph(String... files) {
        Catalog.Builder catalog = Catalog.builder();
        for (String file : files) {
            catalog.input(FIXTURES.resolve(file));
        }
        return TypeGraphBuilder.build(catalog.build());
    }

    /** Every type of the graph by its Java name. */
    private static Map<String, NamedType> byName(TypeGraph graph) {
        JavaNames names = JavaNames.assign(graph);
        return graph.types().stream().collect(Collectors.toMap(t -> names.typeName(t.id()), Function.identity()));
    }

    private static Map<String, Property> properties(NamedType type) {
        assertThat(type).isInstanceOf(NamedType.ObjectType.class);
        return ((NamedType.ObjectType) type).properties().stream()
                .collect(Collectors.toMap(Property::wireName, Function.identity()));
    }

    private static TypeRef scalar(ScalarKind kind) {
        return new TypeRef.Scalar(kind);
    }

    @Test
    void formatsMapToTheirScalarKinds() {
        Map<String, Property> formats = properties(byName(graph("formats.schema.json")).get("Formats"));
        assertThat(formats.get("created").type()).isEqualTo(scalar(ScalarKind.DATE_TIME));
        assertThat(formats.get("birthday").type()).isEqualTo(scalar(ScalarKind.DATE));
        assertThat(formats.get("uid").type()).isEqualTo(scalar(ScalarKind.UUID));
        assertThat(formats.get("homepage").type()).isEqualTo(scalar(ScalarKind.URI));
        assertThat(formats.get("small").type()).isEqualTo(scalar(ScalarKind.INT32));
        assertThat(formats.get("big").type()).isEqualTo(scalar(ScalarKind.INT64));
        assertThat(formats.get("plain_integer").type()).isEqualTo(scalar(ScalarKind.INT64));
        assertThat(formats.get("amount").type()).isEqualTo(scalar(ScalarKind.DECIMAL));
        assertThat(formats.get("ratio").type()).isEqualTo(scalar(ScalarKind.DOUBLE));
        assertThat(formats.get("weight").type()).isEqualTo(scalar(ScalarKind.FLOAT));
        assertThat(formats.get("payload").type()).isEqualTo(scalar(ScalarKind.BYTES));
        assertThat(formats.get("flag").type()).isEqualTo(scalar(ScalarKind.BOOLEAN));
        assertThat(formats.get("name").type()).isEqualTo(scalar(ScalarKind.STRING));
    }

    @Test
    void requiredComesFromTheRequiredList() {
        Map<String, Property> formats = properties(byName(graph("formats.schema.json")).get("Formats"));
        assertThat(formats.get("created").required()).isTrue();
        assertThat(formats.get("birthday").required()).isFalse();
    }

    @Test
    void propertiesKeepTheirSchemaOrder() {
        NamedType.ObjectType formats = (NamedType.ObjectType) byName(graph("formats.schema.json")).get("Formats");
        assertThat(formats.properties()).extracting(Property::wireName).containsExactly("created", "birthday", "uid",
                "homepage", "small", "big", "plain_integer", "amount", "ratio", "weight", "payload", "flag", "name");
    }

    @Test
    void aMapOnlyObjectIsAMapWithoutAType() {
        TypeGraph graph = graph("person.schema.json");
        Map<String, NamedType> types = byName(graph);
        assertThat(properties(types.get("Person")).get("scores").type())
                .isEqualTo(new TypeRef.MapOf(scalar(ScalarKind.INT64)));
        assertThat(types.keySet()).noneMatch(name -> name.contains("Scores"));
    }

    @Test
    void aSchemaReferencedTwiceIsOneType() {
        TypeGraph graph = graph("person.schema.json");
        Map<String, NamedType> types = byName(graph);
        Map<String, Property> person = properties(types.get("Person"));
        TypeRef home = person.get("home").type();
        assertThat(home).isEqualTo(person.get("work").type());
        assertThat(home).isEqualTo(new TypeRef.Named(types.get("Location").id()));
        assertThat(types.get("Location").source().pointer()).isEqualTo("/$defs/Location");
        assertThat(types.keySet()).containsExactlyInAnyOrder("Person", "PersonAddress", "PersonPetsItem", "Location");
    }

    @Test
    void inlineObjectsAreNamedAfterOwnerAndProperty() {
        TypeGraph graph = graph("person.schema.json");
        Map<String, NamedType> types = byName(graph);
        Map<String, Property> person = properties(types.get("Person"));
        assertThat(person.get("address").type()).isEqualTo(new TypeRef.Named(types.get("PersonAddress").id()));
        assertThat(properties(types.get("PersonAddress"))).containsOnlyKeys("street", "city");
        assertThat(types.get("PersonAddress").source().pointer()).isEqualTo("/properties/address");
        assertThat(graph.isEntry(types.get("Person").id())).isTrue();
        assertThat(graph.isEntry(types.get("PersonAddress").id())).isFalse();
    }

    @Test
    void inlineArrayItemsAreNamedWithItem() {
        Map<String, NamedType> types = byName(graph("person.schema.json"));
        assertThat(properties(types.get("Person")).get("pets").type())
                .isEqualTo(new TypeRef.ListOf(new TypeRef.Named(types.get("PersonPetsItem").id())));
        assertThat(properties(types.get("PersonPetsItem"))).containsOnlyKeys("species");
    }

    @Test
    void aRecursiveSchemaTerminatesAndReferencesItself() {
        TypeGraph graph = graph("tree.schema.json");
        assertThat(graph.types()).hasSize(1);
        NamedType node = graph.types().iterator().next();
        assertThat(JavaNames.assign(graph).typeName(node.id())).isEqualTo("TreeNode");
        assertThat(properties(node).get("children").type())
                .isEqualTo(new TypeRef.ListOf(new TypeRef.Named(node.id())));
    }

    /** Before, these became {@code Object} (0 types, not a word) or overflowed the stack. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"$ref": "#"}                                                          | /$ref              | 1:2  | c.json# -> c.json#
            {"allOf": [{"$ref": "#"}, {"properties": {"a": {}}}]}                  | /allOf/0/$ref      | 1:13 | c.json# -> c.json#/allOf/0 -> c.json#
            {"anyOf": [{"$ref": "#/$defs/a"}, {}], "$defs": {"a": {"$ref": "#/$defs/a"}}} | /$defs/a/$ref | 1:56 | c.json#/$defs/a -> c.json#/$defs/a
            {"properties": {"p": {"$ref": "#/$defs/a"}}, "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}}} | /$defs/b/allOf/0/$ref | 1:101 | c.json#/$defs/a -> c.json#/$defs/b -> c.json#/$defs/b/allOf/0 -> c.json#/$defs/a
            """)
    void aSchemaThatAppliesItselfWithoutSteppingIntoTheValueIsAnErrorAtTheStepThatClosesTheCycle(String schema,
            String pointer, String lineColumn, String cycle, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), schema);
        Catalog catalog = Catalog.builder().input(file).build();

        assertThatThrownBy(() -> TypeGraphBuilder.build(catalog))
                .isInstanceOfSatisfying(SchemaException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.pointer()).isEqualTo(pointer);
                            assertThat(p.location().line() + ":" + p.location().column()).isEqualTo(lineColumn);
                            assertThat(p.message()).isEqualTo("the schema applies itself again without stepping"
                                    + " into the payload (" + cycle + "): checking a payload that reaches it never"
                                    + " ends");
                        }));
    }

    @Test
    void docsComeFromTitleAndDescription() {
        Map<String, NamedType> types = byName(graph("person.schema.json"));
        NamedType person = types.get("Person");
        assertThat(person.docs().title()).isEqualTo("Person");
        assertThat(person.docs().description()).isEqualTo("Someone the system knows.");
        assertThat(properties(person).get("name").docs().description()).isEqualTo("Full name as written.");
    }

    @Test
    void openApi30NullableMakesAPropertyNullable() {
        Map<String, Property> account = properties(byName(graph("nullable-30.openapi.yaml")).get("Account"));
        assertThat(account.get("nickname").nullable()).isTrue();
        assertThat(account.get("closed_at").nullable()).isTrue();
        assertThat(account.get("closed_at").type()).isEqualTo(scalar(ScalarKind.DATE_TIME));
        assertThat(account.get("id").nullable()).isFalse();
        assertThat(account.get("plan").nullable()).isFalse();
    }

    @Test
    void typeArraysAndNullBranchesMakeAPropertyNullableButOpenApi31IgnoresNullableTrue() {
        Map<String, NamedType> types = byName(graph("nullable-31.openapi.yaml"));
        Map<String, Property> shipment = properties(types.get("Shipment"));
        assertThat(shipment.get("code").nullable()).isTrue();
        assertThat(shipment.get("code").type()).isEqualTo(scalar(ScalarKind.STRING));
        assertThat(shipment.get("origin").nullable()).isTrue();
        assertThat(shipment.get("origin").type()).isEqualTo(new TypeRef.Named(types.get("Port").id()));
        assertThat(shipment.get("carrier").nullable()).as("nullable is not a keyword in OpenAPI 3.1").isFalse();
    }

    @Test
    void allOfMergesPropertiesAndRequired() {
        Map<String, NamedType> types = byName(graph("allof.openapi.yaml"));
        Map<String, Property> employee = properties(types.get("Employee"));
        assertThat(employee).containsOnlyKeys("name", "employee_number", "team");
        assertThat(employee.get("name").required()).isTrue();
        assertThat(employee.get("employee_number").required()).isTrue();
        assertThat(employee.get("employee_number").type()).isEqualTo(scalar(ScalarKind.INT32));
        assertThat(employee.get("team").required()).isFalse();
    }

    @Test
    void additionalPropertiesFalseClosesTheObject() {
        Map<String, NamedType> types = byName(graph("flags.schema.json"));
        assertThat(((NamedType.ObjectType) types.get("Strict")).closed()).isTrue();
        assertThat(((NamedType.ObjectType) types.get("Lenient")).closed()).isFalse();
        assertThat(types.get("Legacy").docs().deprecated()).isTrue();
        assertThat(types.get("Lenient").docs().deprecated()).isFalse();
    }

    @Test
    void stringEnumsBecomeEnumTypesKeepingValueOrder() {
        Map<String, NamedType> types = byName(graph("enums.schema.json"));
        NamedType separator = types.get("EnumsSeparator");
        assertThat(separator).isInstanceOf(NamedType.EnumType.class);
        assertThat(((NamedType.EnumType) separator).values()).containsExactly("a-b", "a b", "a.b");
    }

    @Test
    void enumValuesThatSanitiseAlikeGetDistinctConstants() {
        TypeGraph graph = graph("enums.schema.json");
        NamedType separator = byName(graph).get("EnumsSeparator");
        List<String> constants = JavaNames.assign(graph).memberNames(separator.id());
        assertThat(constants).containsExactly("A_B", "A_B2", "A_B3");
    }

    @Test
    void swagger2DefinitionsAreEntries() {
        TypeGraph graph = graph("swagger2.yaml");
        Map<String, NamedType> types = byName(graph);
        assertThat(types).containsOnlyKeys("Order", "OrderStatus");
        assertThat(graph.isEntry(types.get("Order").id())).isTrue();
        assertThat(types.get("OrderStatus")).isInstanceOf(NamedType.EnumType.class);
        Map<String, Property> order = properties(types.get("Order"));
        assertThat(order.get("status").type()).isEqualTo(new TypeRef.Named(types.get("OrderStatus").id()));
        assertThat(order.get("note").nullable()).as("x-nullable").isTrue();
    }

    @Test
    void entryNamesWinOverInlineNamesAndTypeCollisionsIgnoreCase() {
        TypeGraph graph = graph("naming.openapi.yaml");
        JavaNames names = JavaNames.assign(graph);
        Map<String, String> byPointer = graph.types().stream()
                .collect(Collectors.toMap(t -> t.source().pointer(), t -> names.typeName(t.id())));
        assertThat(byPointer).containsEntry("/components/schemas/api_sso_v1_Connection", "ApiSsoV1Connection")
                .containsEntry("/components/schemas/api_sso_v1_ConnectionAddress", "ApiSsoV1ConnectionAddress")
                .containsEntry("/components/schemas/api_sso_v1_Connection/properties/address",
                        "ApiSsoV1ConnectionAddress2")
                .containsEntry("/components/schemas/Status", "Status")
                .containsEntry("/components/schemas/STATUS", "STATUS2");
    }

    @Test
    void memberNamesAreEscapedPerRecord() {
        TypeGraph graph = graph("naming.openapi.yaml");
        JavaNames names = JavaNames.assign(graph);
        NamedType connection = graph.get(graph.types().stream()
                .filter(t -> t.source().pointer().equals("/components/schemas/api_sso_v1_Connection"))
                .map(NamedType::id).findFirst().orElseThrow());
        assertThat(names.memberNames(connection.id())).containsExactly("organizationId", "id", "urlPath", "class_",
                "toString_", "builder_", "hashCode_", "address", "additionalProperties");
    }

    @Test
    void typeIdsAreSchemaLocations() {
        TypeGraph graph = graph("person.schema.json");
        assertThat(graph.types()).extracting(NamedType::id).extracting(TypeId::reference)
                .contains("person.schema.json#", "person.schema.json#/properties/address",
                        "person.schema.json#/$defs/Location");
    }
}
