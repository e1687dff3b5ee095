package dev.schemaforge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.SourceDocument;
import dev.schemaforge.validator.CompiledSchema;
import dev.schemaforge.validator.SchemaValidator;
import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.report.Report;
import dev.schemaforge.validator.report.ReportFormat;
import dev.schemaforge.validator.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code schemaforge validate}: checks payloads against one schema of the catalog and reports every
 * violation in the chosen format. Options become a catalog, a validator and a list of payloads; the
 * validator and the report package do the work.
 */
@Command(name = "validate",
        description = {"Validates JSON and YAML payloads against a schema of a JSON Schema or OpenAPI catalog.",
            "Malformed and unreadable payloads are reported with their line:col; the run goes on."},
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        sortSynopsis = false,
        exitCodeOnExecutionException = ExitCodes.INTERNAL,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every payload is valid",
            "1:some payload is invalid, malformed or unreadable",
            "2:invalid usage or option, or a schema that cannot be read or resolved",
            "3:internal error"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--schema", required = true, paramLabel = "NAME|FILE[#PTR]",
            description = "The schema every payload must match: an entry name (an OpenAPI component such as "
                    + "api_sso_v1_Connection, a title, a file's base name), or a file as a path "
                    + "(schemas/sso/connection.schema.json) or relative to a --schemas folder "
                    + "(sso/connection.schema.json), optionally followed by #/json/pointer.")
    private String selector;

    @Mixin
    private CatalogOptions catalogOptions;

    @Option(names = "--no-format-assertions",
            description = "Treat \"format\" as an annotation only; by default formats such as date-time are checked.")
    private boolean noFormatAssertions;

    @Option(names = "--ndjson",
            description = "Every non-blank line of every input is one JSON payload; violations are reported at "
                    + "FILE:LINE:COL of that line. Folders then contribute .ndjson, .jsonl and .json files.")
    private boolean ndjson;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = ReportFormatConverter.class,
            description = "Report format: text, json, junit, sarif or github (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output; a one-line summary is still printed.")
    private Path output;

    @Parameters(paramLabel = "PAYLOAD", arity = "1..*",
            description = "Payload files, folders (every .json, .yaml and .yml file below, sorted by path), "
                    + "or - for standard input (JSON when it starts with { or [, else YAML). Each document of a "
                    + "YAML file (--- starts the next) is a payload.")
    private List<String> payloads = new ArrayList<>();

    private InputStream stdin = System.in;

    /** Where {@code -} reads from; standard input unless a test says otherwise. */
    void stdin(InputStream in) {
        this.stdin = in;
    }

    @Override
    public Integer call() {
        return UsageErrors.run(spec, this::validate);
    }

    private int validate() {
        SchemaValidator validator = validator();
        CompiledSchema schema = validator.schema(selector);
        List<PayloadInputs.Payload> inputs;
        try {
            inputs = PayloadInputs.expand(payloads, ndjson);
        } catch (IOException e) {
            throw new UserInputException("cannot read a payload folder: " + e.getMessage());
        }
        if (inputs.isEmpty()) {
            throw new UserInputException("no payloads (" + (ndjson ? ".ndjson, .jsonl, .json" : ".json, .yaml, .yml")
                    + " files) in " + String.join(", ", payloads));
        }
        refuseOutputOverAnInput(inputs, validator.catalog().documents());
        PayloadValidation validation = new PayloadValidation(schema, ndjson, stdin);
        List<ValidationResult> results = new ArrayList<>();
        for (PayloadInputs.Payload payload : inputs) {
            results.addAll(validation.validate(payload));
        }
        writeReport(results);
        return results.stream().allMatch(ValidationResult::valid) ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** A validator over the catalog from {@code --schemas} plus the {@code --schema} file when it is one. */
    private SchemaValidator validator() {
        List<Path> extra = new ArrayList<>();
        String file = selector.contains("#") ? selector.substring(0, selector.indexOf('#')) : selector;
        if (isFile(file)) {
            extra.add(Path.of(file));
        }
        if (catalogOptions.isEmpty() && extra.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing --schemas: --schema \"" + selector
                    + "\" is not a file, so give the schema files or folders to find it in");
        }
        Catalog catalog;
        try {
            catalog = catalogOptions.build(extra);
        } catch (SchemaInputs.InvalidGlobException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return SchemaValidator.builder()
                .catalog(catalog)
                .formatAssertions(!noFormatAssertions)
                .build();
    }

    /** The report would replace a file this run reads: a payload, or a schema document the catalog loaded. */
    private void refuseOutputOverAnInput(List<PayloadInputs.Payload> inputs, List<SourceDocument> schemaDocuments) {
        if (output == null || !Files.exists(output)) {
            return;
        }
        for (PayloadInputs.Payload payload : inputs) {
            if (payload.file() != null && sameFile(output, payload.file())) {
                throw new ParameterException(spec.commandLine(), "--output " + output
                        + " is the payload " + payload.source() + "; write the report to another file");
            }
        }
        for (SourceDocument document : schemaDocuments) {
            if (document.file() != null && sameFile(output, document.file())) {
                throw new ParameterException(spec.commandLine(), "--output " + output
                        + " is the schema document " + document.file() + "; write the report to another file");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isFile(String text) {
        try {
            return !text.isEmpty() && Files.isRegularFile(Path.of(text));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private void writeReport(List<ValidationResult> results) {
        ReportOptions options = ReportOptions.defaults()
                .withBaseDirectory(Path.of("").toAbsolutePath())
                .withToolVersion(VersionProvider.version());
        Report report = format.report(options);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            try {
                report.write(results, out);
            } catch (IOException e) {
                throw new UserInputException("cannot write the report: " + e.getMessage());
            }
            out.flush();
            return;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                report.write(results, writer);
            }
        } catch (IOException e) {
            throw new UserInputException("cannot write --output " + output + ": " + e.getMessage());
        }
        out.println(Report.summary(results) + "; " + format.id() + " report written to " + output);
        out.flush();
    }
}
