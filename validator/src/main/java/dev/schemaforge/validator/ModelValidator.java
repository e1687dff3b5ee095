package dev.schemaforge.validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates generated model instances against the schemas they were generated from, with nothing
 * but the models' jar (or class folder): the type index {@code META-INF/schemaforge/types.json}
 * names each class's document and pointer, and the Maven plugin bundles the documents beside it
 * under {@code META-INF/schemaforge/schemas/}. A model is written to a JSON tree with Jackson 3 and
 * validated like any payload; violations carry the JSON pointer of the offending value (no line or
 * column: there is no text). Bundles are opened and schemas compiled once per class loader and
 * cached; an instance is thread-safe. Class loaders are held weakly, so an unloaded one's cache
 * goes with it; {@link #close()} releases the opened jars at once.
 *
 * <pre>{@code
 * ValidationResult result = ModelValidator.shared().validate(connection);
 * }</pre>
 */
public final class ModelValidator implements AutoCloseable {

    private static final ModelValidator SHARED = builder().build();

    /** What one class loader's indexes and bundles give, built as it is asked for. */
    private static final class Models {

        final ModelIndex index;
        final ConcurrentMap<String, SchemaBundle> bundles = new ConcurrentHashMap<>();
        final ConcurrentMap<String, CompiledSchema> schemas = new ConcurrentHashMap<>();

        Models(ModelIndex index) {
            this.index = index;
        }
    }

    private final JsonMapper json;
    private final boolean formatAssertions;
    /** Guarded by itself. */
    private final Map<ClassLoader, Models> loaders = new WeakHashMap<>();

    private ModelValidator(JsonMapper json, boolean formatAssertions) {
        this.json = json;
        this.formatAssertions = formatAssertions;
    }

    /** The instance {@link SchemaAssertions} uses: Jackson 3 defaults, formats asserted. Never close it. */
    public static ModelValidator shared() {
        return SHARED;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates a model against the schema its class was generated from. The result's source is
     * the class name.
     *
     * @throws IllegalArgumentException when the class is not a Schemaforge model: no type index on
     *     its class loader lists it
     * @throws IllegalStateException when the index lists it but its schemas were not bundled
     */
    public ValidationResult validate(Object model) {
        Objects.requireNonNull(model, "model");
        Class<?> type = modelClass(model);
        CompiledSchema schema = schemaFor(type);
        JsonNode tree = json.valueToTree(model);
        return new ValidationResult(type.getName(), schema.validate(tree).violations());
    }

    /**
     * The schema a generated class was generated from, looked up on the class's own loader.
     *
     * @throws IllegalArgumentException when the class is not a Schemaforge model
     * @throws IllegalStateException when its schemas were not bundled
     */
    public CompiledSchema schemaFor(Class<?> type) {
        ClassLoader loader = loaderOf(type);
        String canonical = type.getCanonicalName();
        boolean indexedByCanonicalName = canonical != null && models(loader).index.find(canonical).isPresent();
        return schemaFor(indexedByCanonicalName ? canonical : type.getName(), loader);
    }

    /**
     * The schema the type indexes on {@code loader} give for {@code className} (as the generator
     * names it: {@code com.example.Outer.Inner} for a nested type). For tools that know a class by
     * name only.
     *
     * @throws IllegalArgumentException when no index on {@code loader} lists {@code className}
     * @throws IllegalStateException when its schemas were not bundled
     */
    public CompiledSchema schemaFor(String className, ClassLoader loader) {
        Objects.requireNonNull(className, "className");
        Models models = models(Objects.requireNonNull(loader, "loader"));
        return models.schemas.computeIfAbsent(className, name -> {
            ModelIndex.Entry entry = models.index.find(name).orElseThrow(() -> notAModel(name, models.index));
            SchemaBundle bundle = models.bundles.computeIfAbsent(entry.index().toExternalForm(),
                    key -> SchemaBundle.open(entry.index(), formatAssertions));
            return bundle.schema(name, entry.document(), entry.pointer());
        });
    }

    /**
     * Releases the jars opened and the temporary copies made, and empties the caches; a later call
     * opens them again. Not for {@link #shared()}, nor while another thread validates.
     */
    @Override
    public void close() {
        List<SchemaBundle> bundles = new ArrayList<>();
        synchronized (loaders) {
            loaders.values().forEach(models -> bundles.addAll(models.bundles.values()));
            loaders.clear();
        }
        IOException failure = null;
        for (SchemaBundle bundle : bundles) {
            try {
                bundle.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw new UncheckedIOException("cannot release the bundled schemas: " + failure, failure);
        }
    }

    private Models models(ClassLoader loader) {
        synchronized (loaders) {
            return loaders.computeIfAbsent(loader, key -> new Models(ModelIndex.load(key)));
        }
    }

    /** An enum constant with a body is an instance of an anonymous subclass; its schema is its enum's. */
    static Class<?> modelClass(Object model) {
        return model instanceof Enum<?> constant ? constant.getDeclaringClass() : model.getClass();
    }

    private static ClassLoader loaderOf(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader == null ? ClassLoader.getSystemClassLoader() : loader;
    }

    private static IllegalArgumentException notAModel(String className, ModelIndex index) {
        if (index.indexes().isEmpty()) {
            return new IllegalArgumentException(className + " is not a Schemaforge model: its class loader has no "
                    + ModelIndex.RESOURCE + " (is the jar or folder of the generated models on the class path?)");
        }
        return new IllegalArgumentException(className + " is not a Schemaforge model: none of the type indexes on"
                + " its class loader lists it " + index.indexes());
    }

    /** Options of a {@link ModelValidator}. */
    public static final class Builder {

        private JsonMapper json = JsonMapper.builder().build();
        private boolean formatAssertions = true;

        private Builder() {
        }

        /**
         * The mapper that writes models to trees; Jackson 3 defaults unless set. Give the application's
         * own when it registers modules or naming strategies the models rely on.
         */
        public Builder mapper(JsonMapper mapper) {
            this.json = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /** Whether {@code format} is an assertion (the default) or only an annotation. */
        public Builder formatAssertions(boolean enabled) {
            this.formatAssertions = enabled;
            return this;
        }

        public ModelValidator build() {
            return new ModelValidator(json, formatAssertions);
        }
    }
}
