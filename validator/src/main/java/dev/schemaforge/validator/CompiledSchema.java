package dev.schemaforge.validator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;

import dev.schemaforge.catalog.DocumentReader;
import dev.schemaforge.catalog.EndlessCycles;
import dev.schemaforge.catalog.FolderFiles;
import dev.schemaforge.catalog.JsonTypes;
import dev.schemaforge.catalog.Location;
import dev.schemaforge.catalog.Problem;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.catalog.SchemaNode;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * One schema, compiled and ready to check payloads. Thread-safe. A payload is parsed once, into
 * the tree networknt checks, keeping aside where its values start; only a payload that fails looks
 * up the line and column of the values its violations name.
 */
public final class CompiledSchema {

    /** The keyword of the violation that reports a payload which is not well-formed. */
    public static final String SYNTAX = "syntax";

    private static final String STRING_SOURCE = "<string>";
    private static final String TREE_SOURCE = "<tree>";
    private static final Pattern UNSAFE_IN_NAMES = Pattern.compile("[<>:\"|?*]");
    /** Up to this many findings, duplicates are found by comparing each pair. */
    private static final int FEW_FINDINGS = 16;
    /** Lets a regular expression stopped during a check name the keyword it is written at. */
    private static final Consumer<ExecutionContext> WATCH_PATTERNS = TimedRegularExpressions::checking;

    private final SchemaValidator owner;
    private final String reference;
    /** The schema as networknt knows it: an IRI, with a fragment for a schema inside a document. */
    private final String engineIri;
    private final Schema schema;
    /** The catalog's schema this was compiled from; null for one built in code. */
    private final SchemaNode node;
    private final Messages messages = new Messages();

    CompiledSchema(SchemaValidator owner, String reference, String engineIri, Schema schema, SchemaNode node) {
        this.owner = owner;
        this.reference = reference;
        this.engineIri = engineIri;
        this.schema = schema;
        this.node = node;
    }

    /** Where the schema stands: {@code file#/pointer}, or a {@code urn:} for an inline schema. */
    public String reference() {
        return reference;
    }

    /** Validates JSON text. */
    public ValidationResult validate(String json) {
        PayloadTree payload;
        try {
            payload = PayloadTree.parse(owner.json().tokenStreamFactory(), json);
        } catch (JacksonException e) {
            return malformed(STRING_SOURCE, json.getBytes(StandardCharsets.UTF_8), e);
        }
        return payload == null ? malformed(STRING_SOURCE, 1, 1, "the payload is empty") : check(STRING_SOURCE, payload);
    }

    /** Validates a JSON (or, by name, YAML) file; an unreadable file is a violation, not an exception. */
    public ValidationResult validate(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new ValidationResult(file.toString(), List.of(new Violation("", 0, 0, SYNTAX,
                    "cannot read the payload: " + FolderFiles.unreadable(file, e), null)));
        }
        return validate(bytes, file.toString());
    }

    /** Validates a stream's JSON content; {@code source} names it in results. */
    public ValidationResult validate(InputStream in, String source) throws IOException {
        return validate(in.readAllBytes(), source);
    }

    /**
     * Validates JSON bytes (YAML when {@code source} ends in {@code .yaml} or {@code .yml}) holding one
     * document; {@link #validateDocuments} takes a YAML stream of several.
     */
    public ValidationResult validate(byte[] payload, String source) {
        if (isYaml(source)) {
            return validateYaml(payload, source);
        }
        PayloadTree parsed;
        try {
            parsed = PayloadTree.parse(owner.json().tokenStreamFactory(), payload);
        } catch (JacksonException e) {
            return malformed(source, payload, e);
        }
        return parsed == null ? malformed(source, 1, 1, "the payload is empty") : check(source, parsed);
    }

    /**
     * Validates one record of a file that holds a JSON payload per line (NDJSON): {@code record} is
     * the text of line {@code line} of {@code source}. Every violation is on that line, with its
     * column when it has one, and a schema error that names the payload names that line too.
     */
    public ValidationResult validateRecord(byte[] record, String source, int line) {
        PayloadTree parsed;
        try {
            parsed = PayloadTree.parse(owner.json().tokenStreamFactory(), record);
        } catch (JacksonException e) {
            return onLine(malformed(source, record, e), line);
        }
        if (parsed == null) {
            return malformed(source, line, 1, "the record is empty");
        }
        return onLine(result(source, parsed.root(), pointers -> {
            Map<String, Location> found = parsed.locate(pointers);
            return pointer -> onLine(found.get(pointer), line);
        }), line);
    }

    /** A one-line record's result, moved to its line in the file. */
    private static ValidationResult onLine(ValidationResult result, int line) {
        List<Violation> moved = result.violations().stream()
                .map(v -> new Violation(v.pointer(), line, v.line() > 0 ? v.column() : 0, v.keyword(), v.message(),
                        v.schema()))
                .toList();
        return new ValidationResult(result.source(), moved);
    }

    private static Location onLine(Location inRecord, int line) {
        return inRecord == null || inRecord.line() == 0 ? inRecord
                : new Location(inRecord.file(), line, inRecord.column());
    }

    /** Validates a tree; violations carry no line and column, as there is no text. */
    public ValidationResult validate(JsonNode tree) {
        return result(TREE_SOURCE, tree, pointers -> pointer -> null);
    }

    /**
     * The happy path ends after networknt's check; only a failing payload's violations are looked up
     * among the starts its parse kept, when they are first read.
     */
    private ValidationResult check(String source, PayloadTree payload) {
        return result(source, payload.root(), pointers -> payload.locate(pointers)::get);
    }

    /**
     * Validates every document of a YAML stream ({@code ---} starts the next) as a payload of its own,
     * each result named by {@code source}, with the file's lines; JSON, or YAML holding one document,
     * gives one result. A stream that is not well-formed gives one result: where it breaks. YAML by
     * {@code source}'s extension; a source without one, such as {@code <stdin>}, is JSON when it
     * starts with <code>{</code> or {@code [} and YAML otherwise, as the catalog reads schema files.
     */
    public List<ValidationResult> validateDocuments(byte[] payload, String source) {
        if (!readsAsYamlStream(payload, source)) {
            return List.of(validate(payload, source));
        }
        List<DocumentReader.Parsed> documents;
        try {
            documents = owner.reader().readDocuments(name(source), payload);
        } catch (SchemaException e) {
            return List.of(malformed(source, e));
        }
        return documents.stream().map(document -> check(source, document)).toList();
    }

    private ValidationResult validateYaml(byte[] payload, String source) {
        try {
            return check(source, owner.reader().read(name(source), payload));
        } catch (SchemaException e) {
            return malformed(source, e);
        }
    }

    private ValidationResult check(String source, DocumentReader.Parsed parsed) {
        return result(source, parsed.root(), pointers -> parsed.locations()::find);
    }

    /** A valid result, or one whose violations {@code locator} places when they are first read. */
    private ValidationResult result(String source, JsonNode payload,
            Function<List<String>, Function<String, Location>> locator) {
        List<Finding> findings;
        try {
            findings = findingsFor(payload);
        } catch (PatternTimeout slow) {
            throw tooSlow(slow, source, payload, locator);
        }
        return findings.isEmpty() ? new ValidationResult(source, List.of())
                : new ValidationResult(source, violations(findings, locator));
    }

    /**
     * A regular expression stopped for taking too long is the schema's fault, as an endless cycle is: a
     * schema error at the pattern (else at this schema), naming the payload and where in it the value
     * stands.
     */
    private SchemaException tooSlow(PatternTimeout slow, String source, JsonNode payload,
            Function<List<String>, Function<String, Location>> locator) {
        String pointer = StringPlaces.pointer(payload, slow.value());
        Location at = pointer == null ? null : locator.apply(List.of(pointer)).apply(pointer);
        String place = (pointer == null ? "a value" : pointer.isEmpty() ? "(root)" : pointer) + " in " + source
                + (at == null || at.line() == 0 ? "" : ":" + at.line() + ":" + at.column());
        return owner.schemaError(slow.keywordIri() == null ? engineIri : slow.keywordIri(), slow.describe(place));
    }

    /** A YAML payload the catalog's reader refused, at the place it names. */
    private static ValidationResult malformed(String source, SchemaException refused) {
        Problem problem = refused.problems().get(0);
        return malformed(source, problem.location().line(), problem.location().column(), problem.message());
    }

    /**
     * What is wrong with a payload, none when it is valid. Two faults of the schema surface only here
     * and are schema errors, not the payload's violations: a schema that applies itself again without
     * stepping into the payload ({@code {"$ref": "#"}}) recurses until the stack is full, and a
     * {@code type} that names no JSON type fails whatever the payload holds. Checking and comparing
     * findings recurse as deep as the payload nests, so a deep payload, or a long string checked as a
     * regular expression, is tried again on a deep stack before the schema is blamed.
     */
    private List<Finding> findingsFor(JsonNode payload) {
        try {
            return DeepStack.retrying(() -> findingsNow(payload));
        } catch (StackOverflowError e) {
            Problem cycle = endlessCycleInside();
            if (cycle != null) {
                throw new SchemaException(cycle);
            }
            throw owner.schemaError(engineIri, "checking a payload against this schema never ends: somewhere it"
                    + " applies itself again without stepping into the payload, through a cycle of $ref (and allOf,"
                    + " anyOf, oneOf, not, if/then/else) such as {\"$ref\": \"#\"} (`schemaforge lint` shows where)");
        }
    }

    /**
     * The first cycle that {@code lint} and {@code generate} report too, found in this schema and the
     * schemas written inside it, at the step that closes it; null when there is none there (it is then
     * reached through a {@code $ref} to a schema elsewhere). Looked for only once a check has overflowed.
     */
    private Problem endlessCycleInside() {
        if (node == null) {
            return null;
        }
        List<Problem> cycles = new EndlessCycles(owner.catalog()).inside(node);
        return cycles.isEmpty() ? null : cycles.get(0);
    }

    private List<Finding> findingsNow(JsonNode payload) {
        List<Error> errors;
        try {
            errors = schema.validate(payload, WATCH_PATTERNS);
        } finally {
            TimedRegularExpressions.checked();
        }
        for (Error error : errors) {
            if ("type".equals(error.getKeyword())) {
                refuseUnknownType(error);
            }
        }
        return errors.isEmpty() ? List.of() : findings(errors);
    }

    /**
     * A {@code type} that names no JSON type ({@code "strin"}, {@code 5}) fails every payload: that is
     * the schema's fault, reported as a schema error at the keyword, not as the payload's violation.
     * Only failing {@code type} checks are looked at, so a valid payload costs nothing. {@code file}
     * (Swagger 2.0's upload type) is refused too: no JSON value is a file.
     */
    private void refuseUnknownType(Error error) {
        JsonNode type = error.getSchemaNode();
        JsonTypes.Misnamed wrong = type == null ? null : JsonTypes.check(type, false);
        String at = wrong == null ? null : messages.schemaLocation(error);
        if (at != null) {
            throw owner.schemaError(wrong.index() < 0 ? at : at + "/" + wrong.index(), wrong.message());
        }
    }

    /**
     * networknt repeats some errors (draft 7 dependencies: one per missing member, same text); each
     * once. Findings are compared by place, keyword and schema location first, so a message is
     * written only for two findings alike in all three. A few findings are compared pairwise, the rest
     * hashed (the hash leaves the message out).
     */
    private List<Finding> findings(List<Error> errors) {
        List<Finding> findings = UnionSummaries.summarise(errors, messages);
        if (findings.size() > FEW_FINDINGS) {
            return new ArrayList<>(new LinkedHashSet<>(findings));
        }
        List<Finding> distinct = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (!distinct.contains(finding)) {
                distinct.add(finding);
            }
        }
        return distinct;
    }

    /**
     * The findings as violations, written when first read: {@code locator} gets every finding's
     * pointer at once and answers where each value stands (null where it does not know).
     */
    private List<Violation> violations(List<Finding> findings,
            Function<List<String>, Function<String, Location>> locator) {
        return new SpelledOnRead(findings.size(), () -> {
            List<String> pointers = new ArrayList<>(findings.size());
            findings.forEach(finding -> pointers.add(finding.pointer()));
            Function<String, Location> locations = locator.apply(pointers);
            List<Violation> out = new ArrayList<>(findings.size());
            for (Finding finding : findings) {
                Location at = locations.apply(finding.pointer());
                out.add(new Violation(finding.pointer(), at == null ? 0 : at.line(), at == null ? 0 : at.column(),
                        finding.keyword(), finding.message(), owner.schemaLocation(finding.schemaLocation())));
            }
            return out;
        });
    }

    /**
     * A payload that is not well-formed. The catalog's reader parses it again for the message and
     * the line and column an editor shows (the parse of bytes counts columns in bytes); Jackson's
     * own error is the fallback.
     */
    private ValidationResult malformed(String source, byte[] payload, JacksonException fast) {
        try {
            owner.reader().read(name(source), payload);
        } catch (SchemaException e) {
            Problem problem = e.problems().get(0);
            return malformed(source, problem.location().line(), problem.location().column(),
                    problem.message().replaceFirst("^not well-formed: ", "not well-formed JSON: "));
        }
        TokenStreamLocation at = fast.getLocation();
        return malformed(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                "not well-formed JSON: " + fast.getOriginalMessage());
    }

    private static ValidationResult malformed(String source, int line, int column, String message) {
        return new ValidationResult(source, List.of(new Violation("", Math.max(line, 0), Math.max(column, 0),
                SYNTAX, message, null)));
    }

    private static boolean isYaml(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /**
     * Whether {@link #validateDocuments} reads a payload as YAML: by {@code source}'s extension, and a
     * source without one (such as {@code <stdin>}) when it does not start with <code>{</code> or {@code [}.
     */
    private static boolean readsAsYamlStream(byte[] payload, String source) {
        return isYaml(source) || (hasNoExtension(source) && !DocumentReader.startsLikeJson(payload));
    }

    private static boolean hasNoExtension(String source) {
        return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1).indexOf('.') < 0;
    }

    /** The path locations name: a path-safe stand-in for sources such as {@code <stdin>} that only name the content. */
    private static Path name(String source) {
        return Path.of(UNSAFE_IN_NAMES.matcher(source).replaceAll("_"));
    }
}
