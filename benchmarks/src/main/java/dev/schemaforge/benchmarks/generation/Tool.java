package dev.schemaforge.benchmarks.generation;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.GenerationConfig;
import org.jsonschema2pojo.Jsonschema2Pojo;
import org.jsonschema2pojo.NoopRuleLogger;
import org.jsonschema2pojo.SourceType;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

import dev.schemaforge.benchmarks.Inputs;
import dev.schemaforge.generator.GenerationRequest;
import dev.schemaforge.generator.GenerationResult;
import dev.schemaforge.generator.Generator;
import dev.schemaforge.generator.OutputWriter;

/**
 * The generators compared, each called the way its own command line calls it, writing into an
 * output folder. The configurations are the ones {@code docs/performance.md} records.
 */
public enum Tool {
    /** Ours: one {@link GenerationRequest} per input, as {@code schemaforge generate} builds it. */
    SCHEMAFORGE("schemaforge") {
        @Override
        public void generate(GenerationInput input, Path out) {
            GenerationRequest.Builder request = GenerationRequest.builder()
                    .inputs(input.files())
                    .packageName(PACKAGE)
                    .sourceOutput(out);
            if (input == GenerationInput.SCHEMASTORE) {
                request.map("https://json.schemastore.org/", Inputs.schemaStoreSchemas());
            }
            GenerationRequest built = request.build();
            GenerationResult result = new Generator().generate(built);
            OutputWriter.write(result, built.sourceOutput(), built.resourceOutput());
        }
    },
    /**
     * openapi-generator's {@code java} generator, models only: {@code library=native}, Jackson,
     * the supporting files its models refer to, no docs or tests, no timestamp. Spec validation is
     * off ({@code --skip-validate-spec}): Stytch's description repeats an operationId and would stop it.
     */
    OPENAPI_GENERATOR("openapi-generator") {
        @Override
        public void generate(GenerationInput input, Path out) {
            if (!input.openApi()) {
                throw new IllegalArgumentException("openapi-generator reads OpenAPI descriptions, not " + input.key());
            }
            // swagger-parser stops at 3 MB of YAML (Stripe 2023 is larger) unless told otherwise: its documented switch.
            if (System.getProperty("maxYamlCodePoints") == null) {
                System.setProperty("maxYamlCodePoints", String.valueOf(64 * 1024 * 1024));
            }
            CodegenConfigurator config = new CodegenConfigurator()
                    .setGeneratorName("java")
                    .setLibrary("native")
                    .setInputSpec(input.files().get(0).toString())
                    .setOutputDir(out.toString())
                    .setValidateSpec(false)
                    .setModelPackage(PACKAGE)
                    .setInvokerPackage(PACKAGE + ".invoker")
                    .setApiPackage(PACKAGE + ".api")
                    .addGlobalProperty("models", "")
                    .addGlobalProperty("modelDocs", "false")
                    .addGlobalProperty("modelTests", "false")
                    .addGlobalProperty("supportingFiles", OPENAPI_SUPPORTING_FILES)
                    .addAdditionalProperty("hideGenerationTimestamp", true)
                    .addAdditionalProperty("openApiNullable", true);
            new DefaultGenerator().opts(config.toClientOptInput()).generate();
        }
    },
    /** jsonschema2pojo with Jackson 2 annotations, Java 17 target, its other options at their defaults. */
    JSONSCHEMA2POJO("jsonschema2pojo") {
        @Override
        public void generate(GenerationInput input, Path out) {
            if (input.openApi()) {
                throw new IllegalArgumentException("jsonschema2pojo reads JSON Schemas, not " + input.key());
            }
            List<URL> sources = input.files().stream().map(Tool::url).toList();
            GenerationConfig config = new DefaultGenerationConfig() {
                @Override
                public Iterator<URL> getSource() {
                    return sources.iterator();
                }

                @Override
                public File getTargetDirectory() {
                    return out.toFile();
                }

                @Override
                public String getTargetPackage() {
                    return PACKAGE;
                }

                @Override
                public SourceType getSourceType() {
                    return SourceType.JSONSCHEMA;
                }

                @Override
                public String getTargetVersion() {
                    return "17";
                }
            };
            try {
                Jsonschema2Pojo.generate(config, new NoopRuleLogger());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    };

    /** The package every tool generates into. */
    public static final String PACKAGE = "bench.model";

    /** The supporting files openapi-generator's native models refer to; without them the models do not compile. */
    public static final String OPENAPI_SUPPORTING_FILES = "AbstractOpenApiSchema.java,ApiClient.java,ApiException.java,"
            + "ApiResponse.java,Configuration.java,JSON.java,Pair.java,RFC3339DateFormat.java,"
            + "RFC3339InstantDeserializer.java,RFC3339JavaTimeModule.java,ServerConfiguration.java,ServerVariable.java";

    private final String key;

    Tool(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Generates the input's models into {@code out}. */
    public abstract void generate(GenerationInput input, Path out);

    public static Tool of(String key) {
        for (Tool tool : values()) {
            if (tool.key.equals(key)) {
                return tool;
            }
        }
        throw new IllegalArgumentException("unknown tool \"" + key + "\"");
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
