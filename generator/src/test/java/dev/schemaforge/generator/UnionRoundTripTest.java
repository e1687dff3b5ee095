package dev.schemaforge.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sealed unions, constants, non-string enums and catch-all members, generated for each Jackson major
 * and read and written by that Jackson: each JSON document comes back as it went in, and values no
 * variant or constant accepts are rejected with a message naming the type.
 */
class UnionRoundTripTest {

    private static final Path FIXTURES = Path.of("src/test/resources/unions").toAbsolutePath();

    private static final String CHARGE = """
            {"id":"ch_1","customer":{"id":"cus_1","object":"customer","name":"Ann","vip":true},\
            "source":{"id":"ba_1","object":"bank_account","bank_name":"B"},"refunded_by":null,\
            "pets":[{"petType":"kitty","lives":9},{"petType":"doggo","good":true}],\
            "animal":{"kind":"Tiger","stripes":12},"metadata_or_tags":{"a":"b"},"level":2,"mixed":"auto",\
            "ratio":1.5,"kind":"fixed","currency":"EUR","point":[1,2]}""";

    @ParameterizedTest
    @EnumSource(JacksonVersion.class)
    void unionsConstantsAndUnknownMembersRoundTrip(JacksonVersion version, @TempDir Path work) throws Exception {
        JsonCalls json = JsonCalls.of(version);
        try (URLClassLoader loader = CompileSupport.generateAndLoad(GenerationRequest.builder()
                .input(FIXTURES)
                .packageName("test.unions")
                .jackson(version), work)) {
            Class<?> charge = loader.loadClass("test.unions.Charge");
            Object full = json.read(CHARGE, charge);
            assertThat(json.difference(CHARGE, full)).isEmpty();
            assertThat(component(full, "customer").getClass().getSimpleName()).isEqualTo("Customer");
            assertThat(component(full, "source").getClass().getSimpleName()).isEqualTo("BankAccount");
            assertThat(((java.util.List<?>) component(full, "pets")))
                    .extracting(p -> p.getClass().getSimpleName()).containsExactly("Cat", "Dog");
            assertThat(component(full, "animal").getClass().getSimpleName()).isEqualTo("Tiger");
            assertThat(component(full, "level").toString()).isEqualTo("2");
            Map<?, ?> unknown = (Map<?, ?>) component(component(full, "customer"), "additionalProperties");
            assertThat(unknown.get("vip")).as("a member Customer does not declare").isEqualTo(true);

            String expandable = "{\"id\":\"ch_2\",\"customer\":\"cus_9\",\"metadata_or_tags\":[\"x\"],"
                    + "\"refunded_by\":\"cus_3\"}";
            Object collapsed = json.read(expandable, charge);
            assertThat(component(collapsed, "customer").getClass().getSimpleName()).isEqualTo("StringValue");
            assertThat(json.difference(expandable, collapsed)).isEmpty();
            for (String numbers : new String[] {"7", "7.5"}) {
                String doc = "{\"id\":\"ch_3\",\"metadata_or_tags\":" + numbers + "}";
                assertThat(json.difference(doc, json.read(doc, charge))).as(numbers).isEmpty();
            }

            assertThatThrownBy(() -> json.read("{\"id\":\"c\",\"pets\":[{\"petType\":\"bird\"}]}", charge))
                    .hasMessageContaining("Pet: no variant (Cat, Dog) accepts this OBJECT");
            assertThatThrownBy(() -> json.read("{\"id\":\"c\",\"customer\":true}", charge))
                    .hasMessageContaining("accepts this BOOLEAN");
            assertThatThrownBy(() -> json.read("{\"id\":\"c\",\"level\":4}", charge))
                    .hasMessageContaining("Level: 4 is not one of 1, 2, 3");
            assertThatThrownBy(() -> json.read("{\"id\":\"c\",\"kind\":\"other\"}", charge))
                    .hasMessageContaining("is not one of fixed");
            assertThatThrownBy(() -> json.read("{\"id\":\"c\",\"surprise\":1}", charge))
                    .as("additionalProperties: false").hasMessageContaining("surprise");

            Class<?> note = loader.loadClass("test.unions.Note");
            assertThat(json.write(json.read("{\"text\":null}", note))).isEqualTo("{\"text\":null}");
            assertThatThrownBy(() -> json.read("{\"text\":\"t\",\"surprise\":1}", note))
                    .as("closed, and read through its builder").hasMessageContaining("\"surprise\" is not allowed");

            Class<?> labels = loader.loadClass("test.unions.Labels");
            String labelled = "{\"name\":\"n\",\"x-team\":\"core\"}";
            assertThat(json.difference(labelled, json.read(labelled, labels))).isEmpty();
        }
    }

    private static Object component(Object record, String name) throws Exception {
        Method accessor = record.getClass().getMethod(name);
        return accessor.invoke(record);
    }
}
