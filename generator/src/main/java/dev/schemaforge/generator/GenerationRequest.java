package dev.schemaforge.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.lang.model.SourceVersion;

import dev.schemaforge.catalog.Dialect;

/**
 * Everything one generation run needs, checked once when built: the schema files, the package,
 * where sources and resources go, and the options. Immutable; the Maven plugin and the CLI both
 * build one and hand it to {@link Generator}.
 *
 * @param inputs schema files (any extension) to generate from; folders are expanded by the caller
 * @param roots folders references may reach besides the inputs' own folders
 * @param packageName Java package of every generated type
 * @param sourceOutput folder that receives {@code .java} files
 * @param resourceOutput folder that receives {@code META-INF/schemaforge/types.json}
 * @param jackson the Jackson major for the few constructs that need a deserializer
 * @param builders whether records get a nested {@code Builder}
 * @param defaultDialect the dialect of JSON Schema documents without {@code $schema}
 * @param mappings remote URI prefix to local folder, for {@code $ref}s to {@code http(s)} URIs
 */
public record GenerationRequest(List<Path> inputs, List<Path> roots, String packageName, Path sourceOutput,
        Path resourceOutput, JacksonVersion jackson, boolean builders, Dialect defaultDialect,
        Map<String, Path> mappings) {

    public GenerationRequest {
        inputs = List.copyOf(inputs);
        roots = List.copyOf(roots);
        mappings = Map.copyOf(mappings);
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(sourceOutput, "sourceOutput");
        Objects.requireNonNull(resourceOutput, "resourceOutput");
        Objects.requireNonNull(jackson, "jackson");
        Objects.requireNonNull(defaultDialect, "defaultDialect");
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A stable text of every option that changes the output (not the input files' contents), for
     * up-to-date checks.
     */
    public String optionsFingerprint() {
        return "package=" + packageName + "\njackson=" + jackson + "\nbuilders=" + builders + "\ndialect="
                + defaultDialect.shortName() + "\nmappings=" + new TreeMap<>(mappings) + "\nroots=" + roots + "\n";
    }

    /** Builds a {@link GenerationRequest}; {@link #build()} says precisely what is missing or wrong. */
    public static final class Builder {

        private final List<Path> inputs = new ArrayList<>();
        private final List<Path> roots = new ArrayList<>();
        private final Map<String, Path> mappings = new LinkedHashMap<>();
        private String packageName;
        private Path sourceOutput;
        private Path resourceOutput;
        private JacksonVersion jackson = JacksonVersion.JACKSON_3;
        private boolean builders = true;
        private Dialect defaultDialect = Dialect.DRAFT_2020_12;

        private Builder() {
        }

        public Builder input(Path input) {
            inputs.add(input);
            return this;
        }

        public Builder inputs(List<Path> paths) {
            inputs.addAll(paths);
            return this;
        }

        public Builder root(Path root) {
            roots.add(root);
            return this;
        }

        public Builder packageName(String name) {
            this.packageName = name;
            return this;
        }

        /** Where {@code .java} files go; resources go here too unless {@link #resourceOutput(Path)} is set. */
        public Builder sourceOutput(Path folder) {
            this.sourceOutput = folder;
            return this;
        }

        public Builder resourceOutput(Path folder) {
            this.resourceOutput = folder;
            return this;
        }

        public Builder jackson(JacksonVersion version) {
            this.jackson = version;
            return this;
        }

        public Builder builders(boolean enabled) {
            this.builders = enabled;
            return this;
        }

        public Builder defaultDialect(Dialect dialect) {
            this.defaultDialect = dialect;
            return this;
        }

        public Builder map(String prefix, Path folder) {
            mappings.put(prefix, folder);
            return this;
        }

        public GenerationRequest build() {
            if (inputs.isEmpty()) {
                throw new IllegalStateException("no schema inputs: name at least one schema file");
            }
            if (packageName == null || packageName.isBlank()) {
                throw new IllegalStateException("packageName is required, e.g. com.example.model");
            }
            if (!SourceVersion.isName(packageName)) {
                throw new IllegalStateException("packageName \"" + packageName + "\" is not a valid Java package name");
            }
            if (sourceOutput == null) {
                throw new IllegalStateException("sourceOutput (the folder for generated .java files) is required");
            }
            return new GenerationRequest(inputs, roots, packageName, sourceOutput,
                    resourceOutput == null ? sourceOutput : resourceOutput, jackson, builders,
                    defaultDialect, mappings);
        }
    }
}
