package dev.schemaforge.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * Parses one JSON or YAML file into a Jackson tree while recording where every value starts, so
 * that later errors can say file:line:col. YAML's size limit is raised for large API descriptions
 * (Stripe's is over 3 M code points); nesting stays limited. Plain YAML scalars resolve by YAML
 * 1.2's core schema ({@code ~} is null, {@code 0x1F} a number, {@code yes} a string), and an alias
 * reads as the value of its anchor (see {@link YamlAliases}). A large YAML document is parsed in
 * parts on several cores where its layout allows (see {@link YamlSections}), with the same tree,
 * locations and errors as one parse. The validator uses it too, to locate the values of a payload
 * that failed.
 */
public final class DocumentReader {

    /**
     * The note Jackson adds to some messages, such as an unclosed object's, with where the object
     * started as Jackson spells it ({@code (start marker at [Source: REDACTED ...; byte offset: #UNKNOWN])});
     * the problem's own line:col says where to look.
     */
    private static final Pattern JACKSON_SOURCE_NOTE = Pattern.compile(" \\(start marker at \\[Source: [^\\]]*\\]\\)");

    /** Large enough for every public API description we know of, small enough to stop a runaway file. */
    private static final int MAX_YAML_CODE_POINTS = 64 * 1024 * 1024;
    private static final int MAX_NESTING = 1_000;
    private static final char REPLACEMENT = '\uFFFD';
    private static final StreamReadConstraints CONSTRAINTS =
            StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build();
    /** How Jackson names the setting behind a limit, which the reader's users cannot change. */
    private static final Pattern JACKSON_LIMIT_SOURCE = Pattern.compile(", from `[^`]*`");
    /**
     * YAML documents at least this long (in characters) are parsed in parts on several cores where
     * they can be cut (see {@link YamlSections}); below it, waiting for the other cores costs more than
     * it saves. Stripe's description: about 0.5 s on one core.
     */
    private static final int PARTS_FROM = 512 * 1024;
    private static final int MAX_PARTS = 4;

    // Token streams are all a reader needs: no object mapper, whose set-up costs a cold start more.
    private final TokenStreamFactory json;
    private final TokenStreamFactory yaml;
    private final int partsFrom;
    private final int parts;
    /** YAML factories for parts of a document, by how deep in it their mapping lies. */
    private final Map<Integer, TokenStreamFactory> partFactories = new ConcurrentHashMap<>();

    public DocumentReader() {
        this(PARTS_FROM, Math.min(Runtime.getRuntime().availableProcessors(), MAX_PARTS));
    }

    /** A reader that cuts YAML documents of at least {@code partsFrom} characters into up to {@code parts} parts. */
    DocumentReader(int partsFrom, int parts) {
        this.json = jsonFactory();
        this.yaml = yamlFactory(MAX_NESTING);
        this.partsFrom = partsFrom;
        this.parts = parts;
    }

    private static TokenStreamFactory yamlFactory(int maxNesting) {
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit(MAX_YAML_CODE_POINTS)
                .setSchema(new CoreSchema())
                .build();
        return new AnchoredYamlFactory(YAMLFactory.builder()
                .loadSettings(settings)
                // YAML 1.2: 012 is twelve; only 0o12 is octal
                .disable(YAMLReadFeature.PARSE_OCTAL_NUMBERS)
                // readValue refuses a repeated key itself, at the key and naming where it first stood
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(maxNesting == MAX_NESTING ? CONSTRAINTS
                        : StreamReadConstraints.builder().maxNestingDepth(maxNesting).build())
                .build());
    }

    /**
     * A parsed file: its tree and where each of its values starts.
     *
     * @param root the tree
     * @param locations where each value starts (a member: where its name starts)
     */
    public record Parsed(JsonNode root, DocumentLocations locations) {
    }

    /** Reads and parses a file; JSON or YAML by extension, else by its first character. */
    public Parsed read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SchemaException(new Problem(Location.of(file), "", null,
                    "cannot read file: " + FolderFiles.unreadable(file, e)));
        }
        return read(file, bytes);
    }

    /**
     * Parses content that came from {@code file} (or is named so in messages).
     *
     * @throws SchemaException with line:col when the content is not well-formed
     */
    public Parsed read(Path file, byte[] bytes) {
        return read(file, bytes, false).get(0);
    }

    /**
     * Parses every document of a YAML stream ({@code ---} starts the next); a JSON file holds one.
     * Each document's locations are those of the file.
     *
     * @throws SchemaException with line:col when the content is not well-formed
     */
    public List<Parsed> readDocuments(Path file, byte[] bytes) {
        return read(file, bytes, true);
    }

    private List<Parsed> read(Path file, byte[] bytes, boolean documents) {
        boolean isJson = looksLikeJson(file, bytes);
        // Parsed as characters, not bytes, so columns count characters after non-ASCII text too.
        String text = text(file, bytes);
        if (!isJson && text.length() >= partsFrom && text.length() <= MAX_YAML_CODE_POINTS) {
            // a document that can be cut into parts has no document marker, so it is the only one
            Parsed parsed = readInParts(file, text);
            if (parsed != null) {
                return List.of(parsed);
            }
        }
        return readWhole(isJson ? json : yaml, file, text, documents && !isJson);
    }

    private static List<Parsed> readWhole(TokenStreamFactory factory, Path file, String text, boolean documents) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            try {
                if (!documents) {
                    return List.of(parse(parser, file).finish(file));
                }
                List<Parsed> parsed = new ArrayList<>();
                while (parser.nextToken() != null) {
                    parsed.add(parseValue(parser, file).finish(file));
                }
                if (parsed.isEmpty()) {
                    throw empty(file);
                }
                return parsed;
            } catch (StreamConstraintsException e) {
                // Jackson gives no location here; the parser still knows where it stopped
                throw new SchemaException(new Problem(location(file, parser.currentLocation()), "", null,
                        beyondLimits(e)));
            }
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            Location location = where == null ? Location.of(file) : location(file, where);
            throw new SchemaException(new Problem(location, "", null,
                    "not well-formed: " + JACKSON_SOURCE_NOTE.matcher(e.getOriginalMessage()).replaceAll("")));
        }
    }

    /**
     * Parses a large YAML document in parts on several cores. Null when it cannot be cut, or when a
     * part fails or does not hold the entries it was cut with: the caller then parses the document
     * whole, which also reports an error exactly as it always does.
     */
    Parsed readInParts(Path file, String text) {
        YamlSections.Split split = YamlSections.split(text, parts);
        if (split == null) {
            return null;
        }
        // A part's mapping is its root, as many levels higher up than in the document as its path is long.
        TokenStreamFactory partFactory = partFactories.computeIfAbsent(split.path().size(),
                depth -> yamlFactory(MAX_NESTING - depth));
        List<CompletableFuture<Tree>> running = split.parts().stream()
                .map(part -> CompletableFuture.supplyAsync(() -> parseOrNull(partFactory, file, split.part(part))))
                .toList();
        Tree main = parseOrNull(yaml, file, split.main());
        // an error (a stack overflow) in a part is left to the whole parse to report
        List<Tree> trees = running.stream().map(part -> part.exceptionally(error -> null).join()).toList();
        return main == null || trees.contains(null) ? null : merge(file, split, main, trees);
    }

    private static Tree parseOrNull(TokenStreamFactory factory, Path file, Reader text) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            return parse(parser, file);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Appends each part's entries, and their positions, to the mapping they were cut from. */
    private static Parsed merge(Path file, YamlSections.Split split, Tree main, List<Tree> parts) {
        JsonNode node = main.root();
        for (String key : split.path()) {
            node = node.isObject() ? node.get(key) : null;
            if (node == null) {
                return null;
            }
        }
        if (!(node instanceof ObjectNode mapping) || mapping.size() != split.mainEntries()) {
            return null;
        }
        long aliased = main.aliased();
        for (Tree part : parts) {
            aliased += part.aliased();
        }
        if (aliased > YamlAliases.MAX_ALIASED_VALUES) {
            // too many for the document, though not for any one part: the whole parse says where
            return null;
        }
        int size = mapping.size();
        for (YamlSections.Part part : split.parts()) {
            size += part.entries();
        }
        long[] positions = Arrays.copyOf(main.recorder().positions(mapping), size);
        int count = mapping.size();
        for (int i = 0; i < parts.size(); i++) {
            Tree part = parts.get(i);
            if (!(part.root() instanceof ObjectNode entries) || entries.size() != split.parts().get(i).entries()) {
                return null;
            }
            long[] partPositions = part.recorder().positions(entries);
            int index = 0;
            for (Map.Entry<String, JsonNode> entry : entries.properties()) {
                if (mapping.has(entry.getKey())) {
                    // a repeated key, which the whole parse reports
                    return null;
                }
                mapping.set(entry.getKey(), entry.getValue());
                positions[count++] = partPositions[index++];
            }
            main.recorder().absorb(part.recorder(), entries);
        }
        main.recorder().record(mapping, positions, count);
        return main.finish(file);
    }

    /**
     * A parsed tree with the positions recorded while it was read.
     *
     * @param aliased how many values the document's YAML aliases stand for
     */
    private record Tree(JsonNode root, DocumentLocations.Recorder recorder, long rootPosition, long aliased) {

        Parsed finish(Path file) {
            return new Parsed(root, recorder.finish(file, root, rootPosition));
        }
    }

    /** Parses the one document the parser holds. */
    private static Tree parse(JsonParser parser, Path file) {
        if (parser.nextToken() == null) {
            throw empty(file);
        }
        Tree tree = parseValue(parser, file);
        if (parser.nextToken() != null) {
            throw new SchemaException(new Problem(location(file, parser.currentTokenLocation()), "", null,
                    parser instanceof AnchoredYamlFactory.Parser
                            ? "a second YAML document starts here, where the file should hold one"
                            : "unexpected content after the end of the document"));
        }
        return tree;
    }

    /** Parses the value at the current token: a document's root. */
    private static Tree parseValue(JsonParser parser, Path file) {
        DocumentLocations.Recorder recorder = new DocumentLocations.Recorder();
        long rootPosition = position(parser);
        YamlAliases aliases = parser instanceof AnchoredYamlFactory.Parser ? new YamlAliases() : null;
        JsonNode root = readNode(parser, file, recorder, new SharedStrings(), aliases);
        return new Tree(root, recorder, rootPosition, aliases == null ? 0 : aliases.aliased());
    }

    private static SchemaException empty(Path file) {
        return new SchemaException(new Problem(new Location(file, 1, 1), "", null, "the document is empty"));
    }

    /** A document that is well-formed as far as it was read, but passes one of the reader's limits. */
    private static String beyondLimits(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Document nesting depth")) {
            return "nested deeper than the reader's limit of " + MAX_NESTING + " levels";
        }
        return "beyond the reader's limits: " + JACKSON_LIMIT_SOURCE.matcher(message).replaceAll("");
    }

    /**
     * The JSON token stream factory with this reader's limits, for parsing text that a reader may be
     * asked to locate values in later: both then accept and refuse the same documents.
     */
    public static JsonFactory jsonFactory() {
        return JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    }

    /** UTF-8 (the encoding JSON requires and YAML defaults to), without a byte-order mark. */
    private static String text(Path file, byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        // Decoding put U+FFFD for every byte that is not UTF-8; most texts have none, and the strict
        // decoder runs only to tell a bad byte from a U+FFFD that was in the text.
        if (text.indexOf(REPLACEMENT) >= 0) {
            rejectBytesThatAreNotUtf8(file, bytes, start);
        }
        return text;
    }

    private static void rejectBytesThatAreNotUtf8(Path file, byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .decode(in, CharBuffer.allocate(bytes.length - start), true);
        if (!result.isMalformed() && !result.isUnmappable()) {
            return;
        }
        int bad = in.position();
        int lineStart = start;
        int line = 1;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
        throw new SchemaException(new Problem(new Location(file, line, column), "", null, String.format(Locale.ROOT,
                "not well-formed: byte 0x%02X is not UTF-8 (is the file saved in another encoding?)",
                bytes[bad] & 0xFF)));
    }

    private static boolean looksLikeJson(Path file, byte[] bytes) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return false;
        }
        return startsLikeJson(bytes);
    }

    /**
     * Whether the first character after blanks (and a byte-order mark) opens a JSON object or array:
     * how content without a telling file extension is judged. True for blank content, which the JSON
     * and the YAML reader both report as empty.
     */
    public static boolean startsLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{' || b == '[';
            }
        }
        return true;
    }

    /**
     * Reads the value at the current token; a YAML alias as the value of its anchor ({@code aliases}
     * is null for JSON).
     */
    private static JsonNode readNode(JsonParser parser, Path file, DocumentLocations.Recorder recorder,
            SharedStrings strings, YamlAliases aliases) {
        if (aliases == null) {
            return readValue(parser, file, recorder, strings, null);
        }
        AnchoredYamlFactory.Parser yaml = (AnchoredYamlFactory.Parser) parser;
        if (yaml.isCurrentAlias()) {
            return aliases.resolve(yaml.getString(), () -> location(file, parser.currentTokenLocation()));
        }
        String anchor = yaml.anchor();
        long mark = aliases.begin(anchor);
        JsonNode value = readValue(parser, file, recorder, strings, aliases);
        aliases.end(anchor, mark, value);
        return value;
    }

    /** Reads the value at the current token, recording where each member (its name) and element starts. */
    private static JsonNode readValue(JsonParser parser, Path file, DocumentLocations.Recorder recorder,
            SharedStrings strings, YamlAliases aliases) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                long[] positions = new long[8];
                int count = 0;
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = strings.name(parser.currentName());
                    if (aliases != null) {
                        aliases.name((AnchoredYamlFactory.Parser) parser, name);
                    }
                    long position = position(parser);
                    parser.nextToken();
                    JsonNode value = readNode(parser, file, recorder, strings, aliases);
                    if (object.replace(name, value) != null) {
                        throw repeated(file, aliases != null, name,
                                positions[DocumentLocations.memberIndex(object, name)], position);
                    }
                    if (count == positions.length) {
                        positions = Arrays.copyOf(positions, count * 2);
                    }
                    positions[count++] = position;
                }
                recorder.record(object, positions, count);
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                long[] positions = new long[8];
                int count = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (count == positions.length) {
                        positions = Arrays.copyOf(positions, count * 2);
                    }
                    positions[count] = position(parser);
                    array.add(readNode(parser, file, recorder, strings, aliases));
                    count++;
                }
                recorder.record(array, positions, count);
                return array;
            }
            case VALUE_STRING -> {
                return strings.value(parser.getString());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                if (parser.isNaN()) {
                    // YAML's .inf and .nan (in any of their spellings): a JSON tree has no such number
                    throw new SchemaException(new Problem(location(file, parser.currentTokenLocation()),
                            parser.streamReadContext().pathAsPointer().toString(), null, "the number "
                                    + parser.getString() + " is not finite, and JSON has no such number"
                                    + " (quote it if a string is meant)"));
                }
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new SchemaException(new Problem(location(file, parser.currentTokenLocation()),
                    parser.streamReadContext().pathAsPointer().toString(), null,
                    token == JsonToken.VALUE_EMBEDDED_OBJECT
                            // YAML's !!binary, decoded by the parser
                            ? "a !!binary value, which JSON has no type for"
                                    + " (without the tag it reads as its base64 text)"
                            : "unsupported value " + token));
        }
    }

    /**
     * One instance per document of each member name and each short string value. The YAML parser
     * hands out a new string for every occurrence, and a large description repeats a few thousand
     * names ({@code type}, {@code description}) hundreds of thousands of times; sharing them keeps
     * the tree about a third smaller, which the collector copies less often. String nodes are
     * immutable, so one node may stand at many places.
     */
    private static final class SharedStrings {

        private static final int SHORT = 32;

        private final Map<String, String> names = new HashMap<>();
        private final Map<String, JsonNode> values = new HashMap<>();

        String name(String name) {
            String seen = names.putIfAbsent(name, name);
            return seen == null ? name : seen;
        }

        JsonNode value(String value) {
            return value.length() > SHORT ? JsonNodeFactory.instance.stringNode(value)
                    : values.computeIfAbsent(value, JsonNodeFactory.instance::stringNode);
        }
    }

    /**
     * A member repeated in one object. JSON allows it, but readers disagree on which value counts
     * (most keep the last, some the first, some refuse), so a schema or payload that repeats a member
     * means different things to different tools; YAML forbids it outright.
     */
    private static SchemaException repeated(Path file, boolean yaml, String name, long first, long again) {
        Location at = DocumentLocations.location(file, again);
        Location firstAt = DocumentLocations.location(file, first);
        // on one line, the column alone: a caller that places this text elsewhere (an NDJSON record) moves the line
        String where = firstAt.line() == at.line() ? "column " + firstAt.column()
                : firstAt.line() + ":" + firstAt.column();
        String message = yaml
                ? "key \"" + name + "\" appears twice in this mapping (first at " + where + "); YAML allows each key"
                        + " only once"
                : "member \"" + name + "\" appears twice in this object (first at " + where + "); JSON readers"
                        + " disagree on which one counts, so write it once";
        return new SchemaException(new Problem(at, "", null, message));
    }

    private static long position(JsonParser parser) {
        TokenStreamLocation where = parser.currentTokenLocation();
        return DocumentLocations.position(where.getLineNr(), where.getColumnNr());
    }

    private static Location location(Path file, TokenStreamLocation where) {
        return new Location(file, Math.max(where.getLineNr(), 0), Math.max(where.getColumnNr(), 0));
    }
}
