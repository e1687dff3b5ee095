package dev.schemaforge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.schemaforge.catalog.Dialect;
import dev.schemaforge.catalog.FolderFiles;
import dev.schemaforge.generator.GenerationRequest;
import dev.schemaforge.generator.GenerationResult;
import dev.schemaforge.generator.Generator;
import dev.schemaforge.generator.JacksonVersion;
import dev.schemaforge.generator.OutputWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code schemaforge generate}: the command-line twin of the Maven plugin's {@code generate} goal.
 * Options become one {@link GenerationRequest}; the generator and {@link OutputWriter} do the work.
 */
@Command(name = "generate",
        description = "Generates Java records, enums and builders from JSON Schema and OpenAPI documents.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        sortSynopsis = false,
        exitCodeOnExecutionException = ExitCodes.INTERNAL,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:types generated",
            "2:invalid usage or option, or a schema that cannot be read or resolved",
            "3:internal error"})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Schema files, or folders whose .json, .yaml and .yml files are read.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--package", required = true, paramLabel = "PACKAGE", converter = PackageNameConverter.class,
            description = "Java package of every generated type.")
    private String packageName;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Folder that receives the .java files.")
    private Path output;

    @Option(names = "--resources", paramLabel = "DIR",
            description = "Folder that receives META-INF/schemaforge/types.json (default: --output).")
    private Path resources;

    @Option(names = "--jackson", paramLabel = "2|3", defaultValue = "3", converter = JacksonVersionConverter.class,
            description = "Jackson major the few generated deserializers target (default: ${DEFAULT-VALUE}).")
    private JacksonVersion jackson;

    @Option(names = "--no-builders", description = "Do not give records a nested Builder.")
    private boolean noBuilders;

    @Option(names = "--default-dialect", paramLabel = "DIALECT", defaultValue = "2020-12",
            converter = DialectConverter.class,
            description = "Dialect of JSON Schema documents without $schema, or whose $schema names no known "
                    + "dialect: draft4, draft6, draft7, 2019-09 or 2020-12 (default: ${DEFAULT-VALUE}).")
    private Dialect defaultDialect;

    @Option(names = "--map", paramLabel = "PREFIX=DIR",
            description = "Resolve $refs starting with PREFIX (an http(s) URI) to files below DIR; when DIR is a "
                    + "file, exactly the URI PREFIX resolves to it. Repeatable.")
    private Map<String, Path> mappings = new LinkedHashMap<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out files of input folders whose path relative to the folder matches GLOB, "
                    + "e.g. '**/examples/**'. Repeatable.")
    private List<String> excludes = new ArrayList<>();

    @Override
    public Integer call() {
        return UsageErrors.run(spec, this::generate);
    }

    private int generate() {
        Path resourceOutput = resources == null ? output : resources;
        GenerationRequest request = request(resourceOutput);
        GenerationResult result = new Generator().generate(request);
        OutputWriter.Report report;
        try {
            report = OutputWriter.write(result, output, resourceOutput);
        } catch (UncheckedIOException e) {
            throw new UserInputException(e.getMessage());
        }
        int types = result.typeCount();
        // Joined rather than formatted: a first %d sets up the default locale's number symbols, 15 ms
        // of a cold run, and the digits stay ASCII whatever that locale is.
        spec.commandLine().getOut().println("Generated " + types + (types == 1 ? " type" : " types") + " into " + output
                + " (written " + report.written() + ", unchanged " + report.unchanged()
                + ", deleted " + report.deleted() + ")");
        return ExitCodes.OK;
    }


    private GenerationRequest request(Path resourceOutput) {
        requireFolderOrAbsent(output, "--output");
        requireFolderOrAbsent(resourceOutput, "--resources");
        GenerationRequest.Builder builder = GenerationRequest.builder()
                .packageName(packageName)
                .sourceOutput(output)
                .resourceOutput(resourceOutput)
                .jackson(jackson)
                .builders(!noBuilders)
                .defaultDialect(defaultDialect);
        CatalogOptions.checkMappings(mappings);
        mappings.forEach(builder::map);
        Map<String, Path> outputs = new LinkedHashMap<>();
        outputs.put("--output", output);
        outputs.put("--resources", resourceOutput);
        List<Path> files = schemaFiles(outputs, builder);
        builder.inputs(files);
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Every input file as given and every input folder's schema files, once each; each folder is also a
     * root. Files in the output folders ({@code outputs}, by option) are generated, and never read.
     */
    private List<Path> schemaFiles(Map<String, Path> outputs, GenerationRequest.Builder builder) {
        SchemaInputs expander;
        try {
            expander = new SchemaInputs(excludes, List.copyOf(outputs.values()));
        } catch (SchemaInputs.InvalidGlobException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Set<Path> files = new LinkedHashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                refuseInputInOutput(input, expander, outputs);
                builder.root(input);
                try {
                    expander.expand(input).forEach(file -> files.add(file.toAbsolutePath().normalize()));
                } catch (IOException | UncheckedIOException e) {
                    throw new UserInputException("cannot read input folder " + input + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input.toAbsolutePath().normalize());
            } else {
                throw new UserInputException("input " + input + ": " + FolderFiles.missing(input));
            }
        }
        if (files.isEmpty()) {
            throw new UserInputException("no schema files (.json, .yaml, .yml) in "
                    + inputs.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + (excludes.isEmpty() ? "" : " that --exclude leaves"));
        }
        return List.copyOf(files);
    }

    /**
     * An input folder that is an output folder, or lies in one, would have every file skipped as
     * generated output; the run then said "no schema files", which hid what was wrong.
     *
     * @throws UserInputException naming the input and the option
     */
    private static void refuseInputInOutput(Path input, SchemaInputs expander, Map<String, Path> outputs) {
        Optional<Path> folder = expander.skippedFolderOf(input);
        if (folder.isEmpty()) {
            return;
        }
        Map.Entry<String, Path> output = outputs.entrySet().stream()
                .filter(e -> e.getValue().toAbsolutePath().normalize().equals(folder.get()))
                .findFirst().orElseThrow();
        boolean same = input.toAbsolutePath().normalize().equals(folder.get());
        throw new UserInputException("input " + input + (same ? " is also" : " is inside") + " the " + output.getKey()
                + " folder" + (same ? "" : " " + output.getValue()) + ", whose files generate never reads as schemas"
                + " (they are its output); give " + output.getKey() + " a folder outside the inputs");
    }

    private void requireFolderOrAbsent(Path folder, String option) {
        if (folder.toString().isEmpty()) {
            // an empty path is the working folder to Java: files would land there before anything failed
            throw new ParameterException(spec.commandLine(), option + " is empty; give the folder to write to");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserInputException(option + " " + folder + " is a file, not a folder");
        }
    }
}
