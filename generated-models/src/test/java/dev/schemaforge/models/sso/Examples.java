package dev.schemaforge.models.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/** The contract's example payloads, the model each one targets, and the strict mapper users are advised to use. */
final class Examples {

    static final Path ROOT = Path.of(System.getProperty("schemaforge.examples", "../schemas/sso/examples"));

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

    /** {@code stytch-connection-*} payloads are {@link ApiSsoV1Connection}s, {@code connection-*} are {@link Connection}s. */
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
