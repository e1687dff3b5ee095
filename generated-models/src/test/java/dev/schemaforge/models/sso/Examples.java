package dev.schemaforge.models.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The contract's example payloads, the model and schema each one targets, and the strict mapper
 * users are advised to use.
 */
final class Examples {

    /** The contract, {@code ../schemas}: what the plugin generates from. */
    static final Path SCHEMAS = Path.of(System.getProperty("schemaforge.schemas", "../schemas"));

    static final Path ROOT = Path.of(System.getProperty("schemaforge.examples", "../schemas/sso/examples"));

    /** Which property each invalid example breaks, by the file name's convention. */
    static final Map<String, String> BROKEN_PROPERTY = Map.of(
            "connection-missing-id.json", "id",
            "connection-missing-organization_id.json", "organization_id",
            "connection-unknown-provider.json", "provider",
            "connection-unknown-status.json", "status",
            "connection-wrong-type-enabled.json", "enabled",
            "connection-bad-date-time.json", "create_time",
            "stytch-connection-missing-display_name.json", "display_name",
            "stytch-connection-group-assignment-missing-role_id.json", "role_id",
            "stytch-connection-wrong-type-status.json", "status");

    /**
     * Jackson 3 with scalar coercions off, so {@code "status": 1} is a type error rather than the string
     * {@code "1"}: the models then reject what the schema's {@code type} rejects.
     */
    static final JsonMapper STRICT = JsonMapper.builder()
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Examples() {
    }

    static Stream<Path> files(String folder) {
        try {
            return Files.list(ROOT.resolve(folder)).filter(p -> p.toString().endsWith(".json")).sorted().toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The selector of an example's schema, by the file-name prefix the contract's README sets. */
    static String schemaFor(Path example) {
        return modelFor(example) == ApiSsoV1Connection.class ? "api_sso_v1_Connection" : "sso/connection.schema.json";
    }

    /**
     * {@code stytch-connection-*} payloads are {@link ApiSsoV1Connection}s, {@code connection-*} are
     * {@link Connection}s.
     */
    static Class<?> modelFor(Path example) {
        String name = example.getFileName().toString();
        if (name.startsWith("stytch-connection-")) {
            return ApiSsoV1Connection.class;
        }
        if (name.startsWith("connection-")) {
            return Connection.class;
        }
        throw new IllegalArgumentException("example named for no known schema: " + name);
    }
}
