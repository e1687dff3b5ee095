package dev.schemaforge.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * The schema documents of one build: read once, with locations, dialects, named entry points and
 * offline {@code $ref} resolution. The generator and the validator see documents only through a
 * catalog, so both follow the same resolution rules and the same limits: a reference resolves to a
 * file under one of the roots, or to a remote URI through an explicit prefix mapping, never to the
 * network. Building a catalog checks every reference of every loaded document and reports all
 * dangling ones in one {@link SchemaException} (or, for a linter, to a callback:
 * {@link Builder#buildTolerating}). A built catalog is thread-safe; it changes only
 * by loading, on first use, a document that a prefix mapping makes reachable.
 *
 * <p>Two leniencies match how schemas are published: a reference to a file name without extension
 * ({@code "tsconfig#/definitions/x"}) that does not exist finds the same name with {@code .json},
 * {@code .yaml} or {@code .yml} beside it; and a reference to a standard meta-schema
 * ({@code http://json-schema.org/draft-07/schema#} and the like) resolves, without loading
 * anything, to a stand-in that {@link #isMetaSchema(SchemaNode)} recognises.
 */
public final class Catalog {

    /** Where a resource or anchor lives: a document and the pointer of its root within it. */
    private record Target(SourceDocument document, String pointer) {
    }

    /** The keywords that name a schema within its resource. */
    static final List<String> ANCHORS = List.of("$anchor", "$dynamicAnchor");

    private final List<Path> roots;
    private final Map<String, Path> mappings;
    private final Map<String, Path> exactMappings;
    private final Dialect defaultDialect;
    private final DocumentReader reader = new DocumentReader();
    private final MetaSchemas metaSchemas = new MetaSchemas();

    private final Map<URI, SourceDocument> documentsByFile = new LinkedHashMap<>();
    private final Map<URI, Target> resources = new HashMap<>();
    private final Map<URI, Target> anchors = new HashMap<>();
    private final List<SourceDocument> inputs = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();

    private Catalog(Builder builder) {
        this.roots = List.copyOf(builder.roots);
        Map<String, Path> sorted = new LinkedHashMap<>();
        builder.mappings.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Path> e) -> e.getKey().length()).reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        this.mappings = Collections.unmodifiableMap(sorted);
        this.exactMappings = Map.copyOf(builder.exactMappings);
        this.defaultDialect = builder.defaultDialect;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The documents given as inputs (not those loaded only because something referenced them), in load order. */
    public List<SourceDocument> inputs() {
        return Collections.unmodifiableList(inputs);
    }

    /** Every loaded document, inputs first. */
    public synchronized List<SourceDocument> documents() {
        return List.copyOf(documentsByFile.values());
    }

    /** The named entry points of the input documents, in document order. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public Dialect defaultDialect() {
        return defaultDialect;
    }

    /**
     * Finds an entry by bare name ({@code api_sso_v1_Connection}), by file path relative to a root
     * or as given ({@code sso/connection.schema.json}), or by {@code file#/pointer}.
     *
     * @throws SchemaException when nothing matches, a bare name is ambiguous, or what the selector names
     *     is no schema (a string, a number, an array: {@code openapi.json#/info/title})
     */
    public synchronized SchemaNode schema(String selector) {
        SchemaNode found = find(selector);
        if (!JsonTypes.isSchema(found.node())) {
            throw new SchemaException(new Problem(found.location(), found.pointer(), selector,
                    JsonTypes.notASchema(found.node())));
        }
        return found;
    }

    private SchemaNode find(String selector) {
        int hash = selector.indexOf('#');
        if (hash >= 0) {
            SourceDocument document = documentNamed(selector.substring(0, hash))
                    .orElseThrow(() -> notFound(selector));
            String fragment = selector.substring(hash + 1);
            String pointer;
            JsonNode node;
            try {
                pointer = JsonPointers.fromFragment(fragment);
                node = document.at(pointer);
            } catch (IllegalArgumentException e) {
                throw new SchemaException(new Problem(Location.of(document.file()), "", selector, "\"#" + fragment
                        + "\" is not a JSON pointer (such as #/definitions/Name): " + e.getMessage()));
            }
            if (node.isMissingNode()) {
                throw new SchemaException(new Problem(Location.of(document.file()), pointer, selector,
                        document.displayName() + " has nothing at #" + pointer));
            }
            return new SchemaNode(document, pointer, node);
        }
        Optional<SourceDocument> document = documentNamed(selector);
        if (document.isPresent()) {
            return new SchemaNode(document.get(), "", document.get().root());
        }
        List<Entry> named = entries.stream().filter(e -> e.name().equals(selector)).toList();
        if (named.size() == 1) {
            return named.get(0).schema();
        }
        if (named.isEmpty()) {
            throw notFound(selector);
        }
        throw new SchemaException(new Problem(named.get(0).schema().location(), named.get(0).schema().pointer(),
                selector, "the name \"" + selector + "\" is ambiguous: " + named.stream()
                        .map(e -> e.schema().reference()).toList()));
    }

    private SchemaException notFound(String selector) {
        Path anchor = roots.isEmpty() ? Path.of(".") : roots.get(0);
        return new SchemaException(new Problem(Location.of(anchor), "", selector,
                "no schema named \"" + selector + "\"; known: " + entries.stream().map(Entry::name).toList()));
    }

    private Optional<SourceDocument> documentNamed(String name) {
        String normalised = name.replace('\\', '/');
        for (SourceDocument document : documentsByFile.values()) {
            if (document.displayName().equals(normalised)) {
                return Optional.of(document);
            }
        }
        Path asPath = Path.of(name).toAbsolutePath().normalize();
        return Optional.ofNullable(documentsByFile.get(asPath.toUri()));
    }

    /**
     * The document a URI names: a loaded file, a document whose root {@code $id} it is, or a file a
     * prefix mapping points it to (loaded now). Empty when none of these applies; never fetched.
     * Never a meta-schema stand-in: whoever asks by URI (a validation engine) uses its own copy.
     */
    public synchronized Optional<SourceDocument> document(URI uri) {
        URI resource = withoutFragment(uri);
        Target known = resources.get(resource);
        if (known != null && known.pointer().isEmpty()) {
            return Optional.of(known.document());
        }
        SourceDocument byFile = documentsByFile.get(resource);
        if (byFile != null) {
            return Optional.of(byFile);
        }
        Path file = "file".equalsIgnoreCase(resource.getScheme()) ? Path.of(resource) : mapped(resource.toString());
        if (file != null) {
            file = existingSpelling(file);
        }
        if (file == null || !underRoots(file) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        SourceDocument loaded = loadFile(file, false);
        resources.putIfAbsent(resource, new Target(loaded, ""));
        return Optional.of(loaded);
    }

    /**
     * Where the value a URI with a JSON-pointer fragment names starts, such as the schema location
     * {@code https://example.com/a.json#/properties/b} of a validation error. Empty when the URI names
     * nothing loaded.
     */
    public synchronized Optional<Location> locate(URI uri) {
        Target target = resources.get(withoutFragment(uri));
        if (target == null) {
            SourceDocument byFile = documentsByFile.get(withoutFragment(uri));
            target = byFile == null ? null : new Target(byFile, "");
        }
        if (target == null) {
            return Optional.empty();
        }
        String fragment = uri.getRawFragment();
        String pointer = target.pointer()
                + (fragment == null || !fragment.startsWith("/") ? "" : JsonPointers.fromFragment(fragment));
        return Optional.of(target.document().locate(pointer));
    }

    /**
     * The schema a {@code $ref} (or {@code $dynamicRef}) in {@code from} points at. For a reference to
     * a whole standard meta-schema that no loaded document or mapping provides, a node whose tree is
     * the empty schema {@code {}} and for which {@link #isMetaSchema(SchemaNode)} is true.
     */
    public synchronized SchemaNode resolve(SchemaNode from, String reference) {
        return resolve(from.document(), from.baseUri(), reference, from::location, from.pointer());
    }

    /**
     * Resolves {@code reference}, written at {@code pointer} of {@code from}; {@code location} is where
     * that is in the file, looked up only when a problem is reported.
     */
    private SchemaNode resolve(SourceDocument from, URI base, String reference, Supplier<Location> location,
            String pointer) {
        URI target;
        URI resource;
        try {
            URI ref = new URI(encodeRef(reference));
            if (reference.isEmpty()) {
                // the document itself (RFC 3986, 5.2.2); java.net.URI resolves "" to the base's folder
                target = withoutFragment(base);
            } else if (!base.isOpaque() || ref.isAbsolute()) {
                target = base.resolve(ref);
            } else if (reference.startsWith("#")) {
                // java.net.URI does not resolve against opaque bases (urn:..., jar:...); fragments still apply.
                target = URI.create(withoutFragment(base) + encodeRef(reference));
            } else {
                // A relative file reference in a document read from a jar (or any opaque base): beside the file.
                Path sibling = from.file().resolveSibling(JsonPointers.fromFragment(
                        ref.getRawPath() == null ? "" : ref.getRawPath())).normalize();
                target = URI.create(sibling.toUri() + (ref.getRawFragment() == null ? "" : "#" + ref.getRawFragment()));
            }
            resource = withoutFragment(target);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new SchemaException(new Problem(location.get(), pointer, reference,
                    "$ref \"" + reference + "\" is not a valid URI reference"));
        }
        String fragment = target.getRawFragment();
        Target found = findResource(from, resource, reference, location, pointer);
        if (metaSchemas.isStandIn(found.document()) && fragment != null && !fragment.isEmpty()) {
            throw new SchemaException(new Problem(location.get(), pointer, reference, "$ref \"" + reference
                    + "\" points into the " + found.document().dialect().shortName() + " meta-schema, which"
                    + " Schemaforge does not load; only a reference to the whole meta-schema is accepted"));
        }
        if (fragment == null || fragment.isEmpty()) {
            return node(found, "", reference, location, pointer);
        }
        if (fragment.startsWith("/")) {
            return node(found, JsonPointers.fromFragment(fragment), reference, location, pointer);
        }
        Target anchored = anchors.get(URI.create(resource + "#" + fragment));
        if (anchored == null && !resource.equals(withoutFragment(found.document().uri()))) {
            anchored = anchors.get(URI.create(withoutFragment(found.document().uri()) + "#" + fragment));
        }
        if (anchored == null) {
            throw new SchemaException(new Problem(location.get(), pointer, reference, "$ref \"" + reference
                    + "\" names anchor \"" + fragment + "\", which " + found.document().displayName()
                    + " does not define"));
        }
        return node(anchored, "", reference, location, pointer);
    }

    /**
     * True when {@code node} is the stand-in for a standard JSON Schema meta-schema (see
     * {@link #resolve(SchemaNode, String)}): its tree is {@code {}}, its document's dialect says which
     * meta-schema, and it exists in no file. A generator maps it to an untyped value.
     */
    public boolean isMetaSchema(SchemaNode node) {
        return metaSchemas.isStandIn(node.document());
    }

    private SchemaNode node(Target target, String relative, String reference, Supplier<Location> location,
            String pointer) {
        String full = target.pointer() + relative;
        JsonNode node = target.document().at(full);
        if (node.isMissingNode()) {
            throw new SchemaException(new Problem(location.get(), pointer, reference, "$ref \"" + reference
                    + "\" does not resolve: " + target.document().displayName() + " has nothing at #" + full));
        }
        return new SchemaNode(target.document(), full, node);
    }

    private Target findResource(SourceDocument from, URI resource, String reference, Supplier<Location> location,
            String pointer) {
        Target known = resources.get(resource);
        if (known != null) {
            return known;
        }
        String scheme = resource.getScheme() == null ? "" : resource.getScheme().toLowerCase(Locale.ROOT);
        Path file;
        if (scheme.equals("file")) {
            try {
                file = Path.of(resource).normalize();
            } catch (IllegalArgumentException e) {
                // a host (//host/x read against a file) or a query: no local file is named so
                throw new SchemaException(new Problem(location.get(), pointer, reference, "$ref \"" + reference
                        + "\" points at " + resource + ", which names no local file (" + e.getMessage() + ")"));
            }
        } else {
            file = mapped(resource.toString());
            if (file == null) {
                Optional<SourceDocument> metaSchema = metaSchemas.named(resource);
                if (metaSchema.isPresent()) {
                    return new Target(metaSchema.get(), "");
                }
                // A relative reference inside a schema whose $id is remote: look beside the file itself.
                file = siblingOf(from, reference);
            }
            if (file == null) {
                throw new SchemaException(new Problem(location.get(), pointer, reference, "$ref \"" + reference
                        + "\" points at " + resource + ", which is not loaded and has no prefix mapping"
                        + " (Schemaforge never fetches from the network; map the prefix to a folder)"));
            }
        }
        Path named = file;
        file = existingSpelling(named);
        if (!underRoots(file)) {
            throw new SchemaException(new Problem(location.get(), pointer, reference, "$ref \"" + reference
                    + "\" leaves the configured schema roots " + roots + ": " + file));
        }
        if (!Files.isRegularFile(file)) {
            throw new SchemaException(new Problem(location.get(), pointer, reference, "$ref \"" + reference
                    + "\" points at " + file + ", which does not exist"
                    + (hasExtension(named) ? "" : " (nor does it with .json, .yaml or .yml)")));
        }
        SourceDocument loaded = loadFile(file, false);
        if (!scheme.equals("file")) {
            resources.putIfAbsent(resource, new Target(loaded, ""));
        }
        return new Target(loaded, "");
    }

    private Path mapped(String uri) {
        Path exact = exactMappings.get(uri);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, Path> mapping : mappings.entrySet()) {
            if (uri.startsWith(mapping.getKey())) {
                return mapping.getValue().resolve(uri.substring(mapping.getKey().length())).normalize();
            }
        }
        return null;
    }

    private Path siblingOf(SourceDocument from, String reference) {
        if (reference.contains(":") || reference.startsWith("#")) {
            return null;
        }
        String path = reference.contains("#") ? reference.substring(0, reference.indexOf('#')) : reference;
        Path candidate = existingSpelling(from.file().resolveSibling(JsonPointers.fromFragment(path)).normalize());
        return Files.isRegularFile(candidate) ? candidate : null;
    }

    /**
     * {@code file} itself, or when it does not exist and its name has no extension the first of
     * {@code name.json}, {@code name.yaml}, {@code name.yml} beside it that does (SchemaStore refers
     * to {@code tsconfig.json} as {@code tsconfig}); else {@code file} unchanged.
     */
    private static Path existingSpelling(Path file) {
        if (Files.isRegularFile(file) || hasExtension(file)) {
            return file;
        }
        for (String extension : new String[] {".json", ".yaml", ".yml"}) {
            Path candidate = file.resolveSibling(file.getFileName() + extension);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return file;
    }

    private static boolean hasExtension(Path file) {
        Path name = file.getFileName();
        return name == null || name.toString().lastIndexOf('.') > 0;
    }

    private boolean underRoots(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return roots.stream().anyMatch(absolute::startsWith);
    }

    /**
     * @throws IllegalArgumentException where {@code uri} parsed but cannot be spelled again without its
     *     fragment ({@code https://[::1/x}: an IPv6 host left open)
     */
    private static URI withoutFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null).normalize();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Escapes characters that are common in hand-written refs but illegal in URIs (spaces, braces). */
    private static String encodeRef(String reference) {
        StringBuilder out = new StringBuilder(reference.length());
        for (char c : reference.toCharArray()) {
            if (c == ' ' || c == '"' || c == '<' || c == '>' || c == '{' || c == '}' || c == '|' || c == '\\'
                    || c == '^' || c == '`' || c == '[' || c == ']') {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private SourceDocument loadFile(Path file, boolean input) {
        Path absolute = file.toAbsolutePath().normalize();
        URI uri = absolute.toUri();
        SourceDocument existing = documentsByFile.get(uri);
        if (existing != null) {
            if (input && !inputs.contains(existing)) {
                inputs.add(existing);
                addEntries(existing);
            }
            return existing;
        }
        DocumentReader.Parsed parsed = reader.read(absolute);
        DocumentKinds.Detected detected = DocumentKinds.detect(absolute, parsed.root(), parsed.locations(),
                defaultDialect);
        Map<String, URI> bases = new HashMap<>();
        SourceDocument document = new SourceDocument(uri, absolute, displayName(absolute), parsed.root(),
                detected.kind(), detected.dialect(), parsed.locations(), bases);
        documentsByFile.put(uri, document);
        resources.put(withoutFragment(uri), new Target(document, ""));
        index(document, bases);
        if (input) {
            inputs.add(document);
            addEntries(document);
        }
        return document;
    }

    private String displayName(Path absolute) {
        return roots.stream()
                .filter(absolute::startsWith)
                .min(Comparator.comparingInt(Path::getNameCount))
                .map(root -> root.equals(absolute) ? absolute.getFileName() : root.relativize(absolute))
                .map(p -> p.toString().replace('\\', '/'))
                .orElse(absolute.toString());
    }

    /**
     * The keyword that gives a schema its URI in {@code document} ({@code id} before draft 6), or null
     * where none does: OpenAPI 3.0 and Swagger 2.0 have neither identifiers nor anchors.
     */
    static String idKeyword(SourceDocument document) {
        if (document.kind() == DocumentKind.OPENAPI_3_0 || document.kind() == DocumentKind.SWAGGER_2_0) {
            return null;
        }
        return document.dialect().usesLegacyId() ? "id" : "$id";
    }

    /** Records the resources ({@code $id}) and anchors a document defines. */
    private void index(SourceDocument document, Map<String, URI> bases) {
        String idKeyword = idKeyword(document);
        if (idKeyword == null) {
            return;
        }
        SchemaWalker.walk(document.root(), (pointer, object) -> {
            URI base = document.baseUriAt(pointer);
            JsonNode id = object.path(idKeyword);
            if (id.isString()) {
                String text = id.stringValue();
                if (text.startsWith("#")) {
                    String anchor = text.substring(1);
                    if (!anchor.isEmpty() && !anchor.startsWith("/")) {
                        putAnchor(base, anchor, new Target(document, pointer), true);
                    }
                } else {
                    try {
                        URI resolved = withoutFragment(base.resolve(new URI(encodeRef(text))));
                        bases.put(pointer, resolved);
                        resources.putIfAbsent(resolved, new Target(document, pointer));
                        base = resolved;
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // An unusable $id is reported by lint; resolution falls back to the enclosing base.
                    }
                }
            }
            for (String keyword : ANCHORS) {
                JsonNode anchor = object.path(keyword);
                if (anchor.isString()) {
                    putAnchor(base, anchor.stringValue(), new Target(document, pointer), false);
                }
            }
        });
    }

    /**
     * Registers an anchor under the URI a {@code $ref} to it resolves to: escaped as references are
     * ({@code "a b"} as {@code a%20b}). One that still makes no URI is left out: lint reports it, and a
     * reference to it does not resolve.
     */
    private void putAnchor(URI base, String anchor, Target target, boolean replace) {
        URI uri;
        try {
            uri = URI.create(withoutFragment(base) + "#" + encodeRef(anchor));
        } catch (IllegalArgumentException e) {
            return;
        }
        if (replace) {
            anchors.put(uri, target);
        } else {
            anchors.putIfAbsent(uri, target);
        }
    }

    private void addEntries(SourceDocument document) {
        if (document.kind() == DocumentKind.JSON_SCHEMA) {
            JsonNode title = document.root().path("title");
            String name = title.isString() && !title.stringValue().isBlank()
                    ? title.stringValue()
                    : baseName(document.file());
            entries.add(new Entry(name, new SchemaNode(document, "", document.root())));
            return;
        }
        List<Problem> misshapen = new ArrayList<>();
        for (String container : document.schemaContainers()) {
            JsonNode schemas = document.at(container);
            if (!schemas.isObject() && !schemas.isMissingNode() && !schemas.isNull()) {
                // an array or a scalar: no schema would be read from it, and nothing said so
                misshapen.add(new Problem(document.locate(container), container, null,
                        "must be an object from names to schemas, found "
                                + schemas.getNodeType().name().toLowerCase(Locale.ROOT)));
                continue;
            }
            for (String name : schemas.propertyNames()) {
                String pointer = JsonPointers.child(container, name);
                entries.add(new Entry(name, new SchemaNode(document, pointer, schemas.get(name))));
            }
        }
        if (!misshapen.isEmpty()) {
            throw new SchemaException(misshapen);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        for (String suffix : new String[] {".schema.json", ".schema.yaml", ".schema.yml", ".json", ".yaml", ".yml"}) {
            if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Resolves every reference of every loaded document and loads what they point at; adds every
     * failure, and every keyword read as text whose value is no string, to {@code problems}.
     */
    private void checkReferences(List<Problem> problems) {
        // by URI, the key documents are loaded under: comparing documents would compare their trees
        Set<URI> queued = new HashSet<>(documentsByFile.keySet());
        Deque<SourceDocument> pending = new ArrayDeque<>(documentsByFile.values());
        while (!pending.isEmpty()) {
            SourceDocument document = pending.removeFirst();
            SchemaWalker.walkNaming(document.root(), (pointer, object, namesMembers) -> {
                StringKeywords.check(document, pointer, object, namesMembers, problems);
                for (String keyword : StringKeywords.REFERENCES) {
                    JsonNode ref = object.path(keyword);
                    if (!ref.isString()) {
                        continue;
                    }
                    String refPointer = JsonPointers.child(pointer, keyword);
                    try {
                        resolve(document, document.baseUriAt(pointer), ref.stringValue(),
                                () -> document.locate(refPointer), refPointer);
                    } catch (SchemaException e) {
                        problems.addAll(e.problems());
                    }
                }
            });
            // what the references loaded is checked too
            for (Map.Entry<URI, SourceDocument> loaded : documentsByFile.entrySet()) {
                if (queued.add(loaded.getKey())) {
                    pending.add(loaded.getValue());
                }
            }
        }
    }

    /** Collects inputs, roots and mappings; {@link #build()} loads and checks everything at once. */
    public static final class Builder {

        private final List<Path> roots = new ArrayList<>();
        private final List<Path> inputs = new ArrayList<>();
        private final Map<String, Path> mappings = new LinkedHashMap<>();
        private final Map<String, Path> exactMappings = new LinkedHashMap<>();
        private Dialect defaultDialect = Dialect.DRAFT_2020_12;

        private Builder() {
        }

        /** A folder whose files references may reach; every input folder (or input file's folder) is one too. */
        public Builder root(Path root) {
            roots.add(root.toAbsolutePath().normalize());
            return this;
        }

        /**
         * A schema file, or a folder whose {@code .json}, {@code .yaml} and {@code .yml} files are all read.
         * A file given by name is read whatever its extension.
         */
        public Builder input(Path input) {
            inputs.add(input.toAbsolutePath().normalize());
            return this;
        }

        public Builder inputs(List<Path> paths) {
            paths.forEach(this::input);
            return this;
        }

        /**
         * Resolves remote references starting with {@code prefix} to files below {@code folder}. When
         * {@code folder} is an existing file, the mapping is exact: {@code prefix} is then one whole URI
         * (a fragment is ignored) and only references to that URI resolve to that file; the file, not
         * its folder, becomes a root. Exact mappings win over prefix mappings.
         *
         * @throws IllegalArgumentException when the mapping could resolve nothing: see
         *     {@link PrefixMappings#problem}
         */
        public Builder map(String prefix, Path folder) {
            PrefixMappings.check(prefix, folder);
            Path target = folder.toAbsolutePath().normalize();
            if (Files.isRegularFile(target)) {
                exactMappings.put(exactKey(prefix), target);
            } else {
                mappings.put(prefix, target);
            }
            roots.add(target);
            return this;
        }

        /** The form {@link #mapped(String)} looks an exactly mapped URI up by: without fragment, normalised. */
        private static String exactKey(String uri) {
            try {
                return withoutFragment(new URI(encodeRef(uri))).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return uri;
            }
        }

        /** The dialect of JSON Schema documents without {@code $schema}; 2020-12 unless set. */
        public Builder defaultDialect(Dialect dialect) {
            this.defaultDialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * Reads every input, detects kinds and dialects, indexes identifiers and anchors, then resolves
         * every reference.
         *
         * @throws SchemaException listing every unreadable document or unresolvable reference
         */
        public Catalog build() {
            List<Problem> problems = new ArrayList<>();
            Catalog catalog = build(problems, false);
            if (!problems.isEmpty()) {
                throw new SchemaException(problems);
            }
            return catalog;
        }

        /**
         * Like {@link #build()}, for tools that report every problem at once, such as a linter: an
         * unreadable document or an unresolvable reference is passed to {@code problems} instead of
         * failing the build. The catalog holds every document that was read; a reference that did not
         * resolve fails again when something follows it.
         */
        public Catalog buildTolerating(Consumer<Problem> problems) {
            List<Problem> found = new ArrayList<>();
            Catalog catalog = build(found, true);
            // a reference into a document that could not be read reads it again, and fails alike
            found.stream().distinct().forEach(problems);
            return catalog;
        }

        /**
         * Loads every input, then resolves every reference, unless an input could not be read and
         * {@code evenAfterUnreadable} is false; adds what fails to {@code problems}.
         */
        private Catalog build(List<Problem> problems, boolean evenAfterUnreadable) {
            List<Path> files = new ArrayList<>();
            for (Path input : inputs) {
                if (Files.isDirectory(input)) {
                    roots.add(input);
                    files.addAll(schemaFilesIn(input));
                } else if (Files.isRegularFile(input)) {
                    roots.add(input.getParent());
                    files.add(input);
                } else {
                    problems.add(new Problem(Location.of(input), "", null, FolderFiles.missing(input)));
                }
            }
            Catalog catalog = new Catalog(this);
            for (Path file : files) {
                try {
                    catalog.loadFile(file, true);
                } catch (SchemaException e) {
                    problems.addAll(e.problems());
                }
            }
            if (problems.isEmpty() || evenAfterUnreadable) {
                catalog.checkReferences(problems);
            }
            return catalog;
        }

        private static List<Path> schemaFilesIn(Path folder) {
            try {
                return FolderFiles.below(folder, FolderFiles.JSON_AND_YAML);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
