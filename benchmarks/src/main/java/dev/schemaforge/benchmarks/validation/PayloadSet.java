package dev.schemaforge.benchmarks.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.networknt.schema.dialect.Dialects;

import dev.schemaforge.benchmarks.Inputs;
import dev.schemaforge.validator.SchemaValidator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payload sets validation is measured on, each loaded for both validators:
 * {@code sso} (the contract's valid and invalid examples), {@code stripe} (Stripe 2022's fixtures
 * against their component schemas), {@code schemastore} (the tests of {@link Inputs#SCHEMASTORE_SAMPLE}).
 */
public final class PayloadSet {

    public static final List<String> NAMES = List.of("sso", "stripe", "schemastore");

    private static final String SCHEMASTORE = "https://json.schemastore.org/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PayloadSet() {
    }

    public static List<PayloadCase> load(String name) {
        return switch (name) {
            case "sso" -> sso();
            case "stripe" -> stripe();
            case "schemastore" -> schemaStore();
            default -> throw new IllegalArgumentException("unknown payload set \"" + name + "\"; known: " + NAMES);
        };
    }

    /** Loads a set and fails, naming every payload, unless both validators give the same verdicts. */
    public static List<PayloadCase> loadAgreed(String name) {
        List<PayloadCase> cases = load(name);
        List<String> disagreements = cases.stream().map(PayloadCase::disagreement)
                .filter(d -> d != null).toList();
        if (!disagreements.isEmpty()) {
            throw new IllegalStateException("schemaforge and networknt disagree on " + disagreements.size()
                    + " payloads of " + name + ":\n  " + String.join("\n  ", disagreements));
        }
        return cases;
    }

    private static List<PayloadCase> sso() {
        Path connection = Inputs.ssoConnection();
        Path stytch = Inputs.ssoStytch();
        String component = "/components/schemas/api_sso_v1_Connection";
        SchemaValidator ours = SchemaValidator.builder().schemas(connection).schemas(stytch).build();
        Networknt jsonSchema = new Networknt(Dialects.getDraft202012(), Map.of());
        Networknt openApi = new Networknt(Dialects.getOpenApi31(), Map.of());
        List<PayloadCase> cases = new ArrayList<>();
        for (Path payload : Inputs.filesBelow(Inputs.schemas().resolve("sso/examples"), ".json")) {
            boolean isStytch = payload.getFileName().toString().startsWith("stytch-");
            String text = read(payload);
            cases.add(isStytch
                    ? new PayloadCase(payload.getFileName().toString(), ours.schema(stytch + "#" + component),
                            openApi.schema(stytch, component), text, JSON.readTree(text))
                    : new PayloadCase(payload.getFileName().toString(), ours.schema(connection.toString()),
                            jsonSchema.schema(connection, null), text, JSON.readTree(text)));
        }
        return cases;
    }

    private static List<PayloadCase> stripe() {
        Path spec = Inputs.corpus().resolve("openapi/stripe-2022/spec3.json");
        JsonNode fixtures = JSON.readTree(read(Inputs.corpus().resolve("openapi/stripe-2022/fixtures3.json")));
        SchemaValidator ours = SchemaValidator.builder().schemas(spec).build();
        Networknt theirs = new Networknt(Dialects.getOpenApi30(), Map.of());
        List<PayloadCase> cases = new ArrayList<>();
        for (Map.Entry<String, JsonNode> resource : fixtures.get("resources").properties()) {
            String pointer = "/components/schemas/" + resource.getKey();
            String text = JSON.writeValueAsString(resource.getValue());
            cases.add(new PayloadCase(resource.getKey(), ours.schema(spec + "#" + pointer),
                    theirs.schema(spec, pointer), text, JSON.readTree(text)));
        }
        return cases;
    }

    private static List<PayloadCase> schemaStore() {
        Path store = Inputs.schemaStoreSchemas();
        SchemaValidator.Builder builder = SchemaValidator.builder().map(SCHEMASTORE, store);
        Inputs.schemaStoreSample().forEach(builder::schemas);
        SchemaValidator ours = builder.build();
        Networknt theirs = new Networknt(Dialects.getDraft7(), Map.of(SCHEMASTORE, store));
        List<PayloadCase> cases = new ArrayList<>();
        for (String name : Inputs.SCHEMASTORE_SAMPLE) {
            Path schema = store.resolve(name + ".json");
            for (Path payload : Inputs.schemaStoreTests(name)) {
                String text = read(payload);
                cases.add(new PayloadCase(name + "/" + payload.getFileName(), ours.schema(schema.toString()),
                        theirs.schema(schema, null), text, JSON.readTree(text)));
            }
        }
        return cases;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
