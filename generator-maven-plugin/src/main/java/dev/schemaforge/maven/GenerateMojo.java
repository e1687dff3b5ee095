package dev.schemaforge.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.generator.Generator;
import dev.schemaforge.generator.OutputWriter;

/**
 * Generates Java records and enums from the project's JSON Schema and OpenAPI
 * documents and adds them to the compile sources. Parameters become one {@link GenerateParameters};
 * {@link GenerationRun} does the work, this class only wires Maven to it and logs.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true, requiresProject = true)
public class GenerateMojo extends AbstractMojo {

    /** The folder schemas are selected from; {@code $ref}s may reach any file below it. */
    @Parameter(property = "schemaforge.sourceDirectory", defaultValue = "${project.basedir}/src/main/schemas",
            required = true)
    private File sourceDirectory;

    /** Ant-style patterns, relative to {@code sourceDirectory}, of the schema files to generate from. */
    @Parameter(property = "schemaforge.includes", defaultValue = "**/*.json,**/*.yaml,**/*.yml")
    private List<String> includes;

    /** Ant-style patterns of files to leave out, such as {@code **}{@code /examples/**}. */
    @Parameter(property = "schemaforge.excludes")
    private List<String> excludes;

    /** The Java package of every generated type. */
    @Parameter(property = "schemaforge.packageName", required = true)
    private String packageName;

    /** Where the {@code .java} files go; added as a compile source root. */
    @Parameter(property = "schemaforge.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/schemaforge", required = true)
    private File outputDirectory;

    /** Where {@code META-INF/schemaforge/types.json} goes; added as a resource folder. */
    @Parameter(property = "schemaforge.resourceOutputDirectory",
            defaultValue = "${project.build.directory}/generated-resources/schemaforge", required = true)
    private File resourceOutputDirectory;

    /** The Jackson major version ({@code 2} or {@code 3}) for the few types that need a deserializer. */
    @Parameter(property = "schemaforge.jackson", defaultValue = "3")
    private String jackson;

    /** Whether records get a nested {@code Builder}, {@code builder()} and {@code toBuilder()}. */
    @Parameter(property = "schemaforge.builders", defaultValue = "true")
    private boolean builders;

    /**
     * The dialect of JSON Schema documents without {@code $schema}, or whose {@code $schema} names no
     * known dialect: draft4, draft6, draft7, 2019-09, 2020-12.
     */
    @Parameter(property = "schemaforge.defaultDialect", defaultValue = "2020-12")
    private String defaultDialect;

    /**
     * Remote {@code $ref} prefixes resolved in local folders, never on the network:
     * {@code <mapping><prefix>https://json.schemastore.org/</prefix><folder>schemastore</folder></mapping>}.
     * Each prefix must be an absolute URI and each folder (or file) must exist, as for the CLI's {@code --map}.
     */
    @Parameter
    private List<Mapping> mappings;

    /**
     * Whether the schema documents generation read are copied into the resource output under
     * {@code META-INF/schemaforge/}, so that the models can be validated against their schemas from
     * the jar alone (with {@code dev.schemaforge.validator.ModelValidator}).
     */
    @Parameter(property = "schemaforge.bundleSchemas", defaultValue = "true")
    private boolean bundleSchemas;

    /** Skips generation; adds no source root either. */
    @Parameter(property = "schemaforge.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping schema generation (schemaforge.skip)");
            return;
        }
        Path sources = outputDirectory.toPath();
        Path resources = resourceOutputDirectory.toPath();
        registerOutputs();
        Path buildDirectory = Path.of(project.getBuild().getDirectory());
        GenerationRun run = new GenerationRun(buildDirectory.resolve("schemaforge").resolve(stateFileName()),
                ToolVersion.of(pluginVersion(), GenerateMojo.class, Generator.class, Catalog.class),
                List.of(buildDirectory), bundleSchemas);
        try {
            List<Path> inputs = SchemaSelection.select(sourceDirectory.toPath(), includes, excludes);
            if (inputs.isEmpty()) {
                getLog().warn("No schema files in " + sourceDirectory + " match includes " + includes
                        + (excludes == null || excludes.isEmpty() ? "" : " and excludes " + excludes)
                        + "; nothing generated");
                OutputWriter.Report cleared = run.clear(sources, resources);
                if (cleared.deleted() > 0) {
                    getLog().info("Deleted " + cleared.deleted() + " previously generated files");
                }
                return;
            }
            if (getLog().isDebugEnabled()) {
                inputs.forEach(input -> getLog().debug("Schema input: " + input));
            }
            GenerationRun.Outcome outcome = run.run(parameters(), inputs);
            if (outcome.upToDate()) {
                getLog().info("Generated sources are up to date");
            } else {
                OutputWriter.Report report = outcome.report();
                getLog().info("Generated " + outcome.typeCount() + " types into " + outputDirectory + " (written "
                        + report.written() + ", unchanged " + report.unchanged() + ", deleted " + report.deleted()
                        + ")");
                if (outcome.bundledSchemas() > 0) {
                    getLog().info("Bundled " + outcome.bundledSchemas() + " schema documents into "
                            + resourceOutputDirectory + " for run-time validation");
                }
            }
        } catch (SchemaException e) {
            throw MojoFailures.of(e);
        } catch (InvalidParameterException e) {
            throw MojoFailures.of(e);
        } catch (IOException e) {
            throw MojoFailures.of(e);
        } catch (UncheckedIOException e) {
            throw MojoFailures.of(e);
        }
    }

    /** Done on every run, up to date or not, so the compiler and the jar always see the output. */
    private void registerOutputs() {
        project.addCompileSourceRoot(outputDirectory.getPath());
        String folder = resourceOutputDirectory.getPath();
        for (Resource resource : project.getResources()) {
            if (folder.equals(resource.getDirectory())) {
                return;
            }
        }
        Resource resource = new Resource();
        resource.setDirectory(folder);
        resource.addExclude("**/" + OutputWriter.MANIFEST);
        resource.addExclude("**/*.java");
        project.addResource(resource);
    }

    private GenerateParameters parameters() {
        Map<String, Path> folders = new LinkedHashMap<>();
        if (mappings != null) {
            for (Mapping mapping : mappings) {
                File folder = mapping.getFolder();
                folders.put(mapping.getPrefix(), folder == null ? null
                        : project.getBasedir().toPath().resolve(folder.toPath()).normalize());
            }
        }
        return new GenerateParameters(sourceDirectory.toPath(), packageName, outputDirectory.toPath(),
                resourceOutputDirectory.toPath(), jackson, builders, defaultDialect, folders);
    }

    private String pluginVersion() {
        return mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion();
    }

    /**
     * {@code generate.state} for the usual single execution; another execution id gets its own
     * file, so two executions of one project do not invalidate each other's state.
     */
    private String stateFileName() {
        String id = mojoExecution.getExecutionId();
        if (id == null || id.equals("default") || id.equals("default-cli")) {
            return "generate.state";
        }
        return "generate-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + ".state";
    }
}
