package dev.schemaforge.benchmarks.generation;

import java.nio.file.Path;
import java.util.List;

import dev.schemaforge.benchmarks.Inputs;

/** The documents generation is measured on, by the name the runner and the report use. */
public enum GenerationInput {
    /** Stripe's 2023 OpenAPI description (YAML, 4 MB). */
    STRIPE_2023("stripe-2023", true),
    /** Stytch's OpenAPI description. */
    STYTCH("stytch", true),
    /** Scalekit's main OpenAPI description. */
    SCALEKIT("scalekit", true),
    /** The project's SSO Connection JSON Schema. */
    SSO("sso", false),
    /** {@link Inputs#SCHEMASTORE_SAMPLE}, as one run into one package. */
    SCHEMASTORE("schemastore", false);

    private final String key;
    private final boolean openApi;

    GenerationInput(String key, boolean openApi) {
        this.key = key;
        this.openApi = openApi;
    }

    public String key() {
        return key;
    }

    /** OpenAPI descriptions are compared with openapi-generator, JSON Schemas with jsonschema2pojo. */
    public boolean openApi() {
        return openApi;
    }

    public List<Path> files() {
        return switch (this) {
            case STRIPE_2023 -> List.of(Inputs.corpus().resolve("openapi/stripe-2023/spec3.yaml"));
            case STYTCH -> List.of(Inputs.corpus().resolve("sso-upstream/stytch/openapi.yml"));
            case SCALEKIT -> List.of(Inputs.corpus().resolve("sso-upstream/scalekit/scalekit.scalar.json"));
            case SSO -> List.of(Inputs.ssoConnection());
            case SCHEMASTORE -> Inputs.schemaStoreSample();
        };
    }

    public static GenerationInput of(String key) {
        for (GenerationInput input : values()) {
            if (input.key.equals(key)) {
                return input;
            }
        }
        throw new IllegalArgumentException("unknown input \"" + key + "\"; known: "
                + java.util.Arrays.stream(values()).map(GenerationInput::key).toList());
    }
}
