package dev.schemaforge.validator;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.resource.InputStreamSource;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.Dialect;
import dev.schemaforge.catalog.DocumentReader;
import dev.schemaforge.catalog.Location;
import dev.schemaforge.catalog.PrefixMappings;
import dev.schemaforge.catalog.Problem;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.catalog.SchemaNode;
import dev.schemaforge.catalog.SourceDocument;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates payloads against the schemas of a {@link Catalog}. The engine is networknt's
 * json-schema-validator; it receives every document from the catalog and never reads a file or
 * the network itself, so validation follows the same roots and prefix mappings as generation.
 * Formats are asserted unless turned off; regular expressions use Joni (ECMAScript semantics), each
 * match under a time limit. Compiled schemas are cached; an instance is thread-safe and meant to be
 * shared.
 */
public final class SchemaValidator {

    /** A schema location in one of networknt's messages: an absolute IRI with a fragment. */
    private static final Pattern ENGINE_SCHEMA = Pattern.compile("\\b[a-z][a-z0-9+.-]*:[^\\s#]*#[^\\s]*");

    private final Catalog catalog;
    private final boolean formatAssertions;
    private final Duration patternTimeLimit;
    private final SchemaRegistryConfig config;
    private final ConcurrentMap<String, SchemaRegistry> registries = new ConcurrentHashMap<>();
    private final ConcurrentMap<SchemaNode, CompiledSchema> compiled = new ConcurrentHashMap<>();
    private final ConcurrentMap<URI, byte[]> serialized = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Location> schemaLocations = new ConcurrentHashMap<>();
    /** Reads payloads to the same depth as the {@link DocumentReader} that locates their violations. */
    private final JsonMapper json = JsonMapper.builder(DocumentReader.jsonFactory()).build();
    private final AtomicLong inlineCounter = new AtomicLong();
    private final DocumentReader reader = new DocumentReader();

    private SchemaValidator(Catalog catalog, boolean formatAssertions, Duration patternTimeLimit) {
        this.catalog = catalog;
        this.formatAssertions = formatAssertions;
        this.patternTimeLimit = patternTimeLimit;
        this.config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(formatAssertions)
                .regularExpressionFactory(new TimedRegularExpressions(patternTimeLimit))
                .build();
    }

    /** A validator over an already built catalog, asserting formats. */
    public static SchemaValidator of(Catalog catalog) {
        return builder().catalog(catalog).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Catalog catalog() {
        return catalog;
    }

    public boolean formatAssertions() {
        return formatAssertions;
    }

    /** How long one regular expression may take on one value (per whole MiB); see {@link Builder#patternTimeLimit}. */
    public Duration patternTimeLimit() {
        return patternTimeLimit;
    }

    /**
     * The schema a selector names: a bare entry name ({@code api_sso_v1_Connection}), a file
     * ({@code sso/connection.schema.json}), or {@code file#/pointer}. Compiled once, then cached.
     *
     * @throws dev.schemaforge.catalog.SchemaException when nothing matches
     */
    public CompiledSchema schema(String selector) {
        return schema(catalog.schema(selector));
    }

    /** The compiled form of a catalog schema. */
    public CompiledSchema schema(SchemaNode node) {
        return compiled.computeIfAbsent(node, this::compile);
    }

    /**
     * Compiles a schema that lives in no file, such as one built in code or a test case, with the
     * catalog's default dialect unless it declares {@code $schema}. Its references resolve like a
     * file's: through the catalog's documents and prefix mappings only. Not cached.
     */
    public CompiledSchema inline(JsonNode schema) {
        URI id = URI.create("urn:schemaforge:inline:" + inlineCounter.incrementAndGet());
        com.networknt.schema.dialect.Dialect dialect = engineDialect(catalog.defaultDialect());
        try {
            return compileDeeplyIfNeeded(() -> {
                Schema compiledSchema = registry(dialect).getSchema(SchemaLocation.of(id.toString()),
                        EnginePointers.inlineTree(schema));
                compiledSchema.initializeValidators();
                return new CompiledSchema(this, id.toString(), id.toString(), compiledSchema, null);
            }, id.toString());
        } catch (com.networknt.schema.SchemaException e) {
            throw engineRefused(e, id.toString());
        }
    }

    private CompiledSchema compile(SchemaNode node) {
        SourceDocument document = node.document();
        String location = document.uri().toString()
                + (node.pointer().isEmpty() ? "" : "#" + EnginePointers.fragment(document, node.pointer()));
        try {
            return compileDeeplyIfNeeded(() -> {
                Schema schema = registryFor(document).getSchema(SchemaLocation.of(location));
                schema.initializeValidators();
                return new CompiledSchema(this, node.reference(), location, schema, node);
            }, location);
        } catch (com.networknt.schema.SchemaException e) {
            throw engineRefused(e, location);
        }
    }

    /**
     * Compiling recurses into nested schemas and into each {@code pattern}'s regular expression, so a
     * long one (thousands of nested groups) can overflow the caller's stack: tried again on a deep one.
     */
    private CompiledSchema compileDeeplyIfNeeded(Supplier<CompiledSchema> compile, String location) {
        try {
            return DeepStack.retrying(compile);
        } catch (StackOverflowError e) {
            throw schemaError(location, "the validation engine cannot compile this schema: it nests too deeply"
                    + " (a regular expression with thousands of nested groups, or schemas nested as deep)");
        }
    }

    /**
     * networknt refusing a schema the catalog read, such as an array where a schema must be (a
     * meta-schema violation {@code lint} reports too), as a schema error: at the schema networknt
     * names in its message when the catalog knows it, else at {@code fallback}, the schema that was
     * being compiled or checked.
     */
    SchemaException engineRefused(com.networknt.schema.SchemaException e, String fallback) {
        String message = String.valueOf(e.getMessage());
        Matcher named = ENGINE_SCHEMA.matcher(message);
        String iri = named.find() && schemaLocation(named.group()) != null ? named.group() : fallback;
        return schemaError(iri,
                "the validation engine cannot use this schema: " + message + " (run `schemaforge lint` for details)");
    }

    /**
     * A schema error at the schema networknt knows as {@code iri}: with its file:line:col where the
     * catalog has it, else naming the IRI (a schema built in code).
     */
    SchemaException schemaError(String iri, String message) {
        Location at = schemaLocation(iri);
        int hash = iri.indexOf('#');
        String pointer = hash < 0 ? "" : iri.substring(hash + 1);
        if (at == null) {
            at = new Location(Path.of(hash < 0 ? iri : iri.substring(0, hash)), 0, 0);
        }
        return new SchemaException(new Problem(at, pointer, null, message));
    }

    /** One registry per default dialect: OpenAPI documents and JSON Schema files without {@code $schema} differ. */
    private SchemaRegistry registryFor(SourceDocument document) {
        com.networknt.schema.dialect.Dialect dialect = switch (document.kind()) {
            case OPENAPI_3_0, SWAGGER_2_0 -> Dialects.getOpenApi30();
            case OPENAPI_3_1, OPENAPI_3_2 -> Dialects.getOpenApi31();
            case JSON_SCHEMA -> engineDialect(document.dialect());
        };
        return registry(dialect);
    }

    /**
     * One registry per dialect. networknt reads the documents {@link #fromCatalog} hands it with a
     * mapper that keeps decimals as the catalog read them: with doubles, {@code "const": 1e400} became
     * infinite and {@code "maximum": 1e-400} zero.
     */
    private SchemaRegistry registry(com.networknt.schema.dialect.Dialect dialect) {
        return registries.computeIfAbsent(dialect.getId(), id -> SchemaRegistry.withDefaultDialect(dialect,
                builder -> builder
                        .nodeReader(reader -> reader.jsonMapper(JsonMapper.builder(DocumentReader.jsonFactory())
                                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()))
                        .schemaRegistryConfig(config)
                        .schemaLoader(loader -> loader
                                .fetchRemoteResources(false)
                                .resourceLoaders(resources -> resources.add(iri -> fromCatalog(iri.toString()))))));
    }

    /**
     * Hands networknt a document the catalog has (or may load through a mapping); null lets networknt
     * look on. The catalog never hands out its meta-schema stand-ins, so a {@code $ref} to a standard
     * meta-schema is checked against networknt's built-in copy of it. References are spelled so that
     * networknt follows them as the catalog does ({@link EnginePointers}).
     */
    private InputStreamSource fromCatalog(String iri) {
        URI uri;
        try {
            uri = URI.create(iri);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return catalog.document(uri)
                .map(document -> {
                    byte[] bytes = serialized.computeIfAbsent(document.uri(),
                            key -> json.writeValueAsString(
                                    inKnownDialect(document, EnginePointers.tree(catalog, document)))
                                    .getBytes(StandardCharsets.UTF_8));
                    return (InputStreamSource) () -> new java.io.ByteArrayInputStream(bytes);
                })
                .orElse(null);
    }

    /**
     * {@code tree}, the engine's copy of {@code document}, with a {@code $schema} that names no known
     * dialect replaced by the one the catalog reads the document in (the default dialect). networknt
     * would try to load such a meta-schema and refuse the schema; the generator reads it in the default
     * dialect, and lint warns about it. The catalog's own tree is not changed.
     */
    private static JsonNode inKnownDialect(SourceDocument document, JsonNode tree) {
        if (document.unknownSchemaUri().isEmpty()) {
            return tree;
        }
        ObjectNode copy = tree == document.root() ? (ObjectNode) tree.deepCopy() : (ObjectNode) tree;
        copy.put("$schema", document.dialect().uri());
        return copy;
    }

    /** The networknt dialect that implements one of ours; also what lint checks keywords against. */
    public static com.networknt.schema.dialect.Dialect engineDialect(Dialect dialect) {
        return switch (dialect) {
            case DRAFT_4 -> Dialects.getDraft4();
            case DRAFT_6 -> Dialects.getDraft6();
            case DRAFT_7 -> Dialects.getDraft7();
            case DRAFT_2019_09 -> Dialects.getDraft201909();
            case DRAFT_2020_12 -> Dialects.getDraft202012();
            case OPENAPI_3_0 -> Dialects.getOpenApi30();
        };
    }

    JsonMapper json() {
        return json;
    }

    /**
     * The file:line:col of a schema location as networknt names it (an IRI with a pointer fragment),
     * or null. Remembered: failing payloads keep naming the same few keywords, and the catalog's
     * lookup is synchronized.
     */
    Location schemaLocation(String iri) {
        if (iri == null) {
            return null;
        }
        Location known = schemaLocations.get(iri);
        if (known != null) {
            return known;
        }
        Location found;
        try {
            found = catalog.locate(uri(iri)).orElse(null);
        } catch (IllegalArgumentException | URISyntaxException e) {
            return null;
        }
        if (found != null) {
            schemaLocations.putIfAbsent(iri, found);
        }
        return found;
    }

    /**
     * networknt spells a location's fragment as it is, so one through a {@code patternProperties} key
     * such as {@code ^[a-z]+$} is no URI until the characters a URI does not allow are quoted.
     */
    private static URI uri(String iri) throws URISyntaxException {
        try {
            return URI.create(iri);
        } catch (IllegalArgumentException e) {
            int hash = iri.indexOf('#');
            if (hash < 0) {
                throw e;
            }
            URI document = URI.create(iri.substring(0, hash));
            return new URI(document.getScheme(), document.getSchemeSpecificPart(), iri.substring(hash + 1));
        }
    }

    DocumentReader reader() {
        return reader;
    }

    /** Collects the catalog (or what to build it from) and the options. */
    public static final class Builder {

        /**
         * Far above what any regular expression needs on a value of the size of a usual payload (under a
         * millisecond), and short enough that a CI run stopped by a backtracking pattern ends in seconds.
         */
        public static final Duration DEFAULT_PATTERN_TIME_LIMIT = Duration.ofSeconds(2);

        private Catalog catalog;
        private final List<Path> inputs = new ArrayList<>();
        private final Map<String, Path> mappings = new LinkedHashMap<>();
        private Dialect defaultDialect = Dialect.DRAFT_2020_12;
        private boolean formatAssertions = true;
        private Duration patternTimeLimit = DEFAULT_PATTERN_TIME_LIMIT;

        private Builder() {
        }

        /** Use this catalog; inputs, mappings and the default dialect are then ignored. */
        public Builder catalog(Catalog value) {
            this.catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /** A schema file or folder to build the catalog from. */
        public Builder schemas(Path fileOrFolder) {
            inputs.add(fileOrFolder);
            return this;
        }

        /**
         * Resolves remote references starting with {@code prefix} to files below {@code folder} (or, when
         * {@code folder} is a file, the one URI {@code prefix} to that file).
         *
         * @throws IllegalArgumentException when the mapping could resolve nothing: {@code prefix} is no
         *     absolute URI, or {@code folder} is no existing folder or file
         */
        public Builder map(String prefix, Path folder) {
            PrefixMappings.check(prefix, folder);
            mappings.put(prefix, folder);
            return this;
        }

        public Builder defaultDialect(Dialect dialect) {
            this.defaultDialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /** Whether {@code format} is an assertion (the default) or only an annotation. */
        public Builder formatAssertions(boolean enabled) {
            this.formatAssertions = enabled;
            return this;
        }

        /**
         * How long matching one regular expression ({@code pattern}, {@code patternProperties}) against one
         * value may take, and as long again for every whole MiB of the value (Joni needs up to half a second
         * per MiB for a plain pattern); {@link #DEFAULT_PATTERN_TIME_LIMIT} unless set. A match that takes
         * longer is stopped, and checking that payload ends in a schema error at the pattern. A daemon
         * thread stops it, looking every 10 ms: a match runs at least this long before it is stopped, and
         * rarely more than 20 ms longer.
         */
        public Builder patternTimeLimit(Duration limit) {
            Objects.requireNonNull(limit, "limit");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("the pattern time limit must be positive, not " + limit);
            }
            this.patternTimeLimit = limit;
            return this;
        }

        /** @throws dev.schemaforge.catalog.SchemaException when the schemas cannot be read or resolved */
        public SchemaValidator build() {
            Catalog built = catalog;
            if (built == null) {
                if (inputs.isEmpty()) {
                    throw new IllegalStateException("no schemas: give a catalog or at least one schema file or folder");
                }
                Catalog.Builder builder = Catalog.builder().inputs(inputs).defaultDialect(defaultDialect);
                mappings.forEach(builder::map);
                built = builder.build();
            }
            return new SchemaValidator(built, formatAssertions, patternTimeLimit);
        }
    }
}
