package dev.schemaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    private static final Path SCHEMAS = Path.of("../schemas");
    private static final String PACKAGE = "dev.schemaforge.models.sso";

    @TempDir
    Path temp;

    @Test
    void generatesTheSsoModelsFromTheSchemasFolder() {
        Path output = temp.resolve("models");

        CliRun run = generateSso(output);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        Path sso = output.resolve("dev/schemaforge/models/sso");
        assertThat(sso.resolve("Connection.java")).isRegularFile();
        assertThat(sso.resolve("ApiSsoV1Connection.java")).isRegularFile();
        assertThat(output.resolve("META-INF/schemaforge/types.json")).isRegularFile();
        assertThat(run.out()).matches("Generated \\d+ types into " + quoted(output)
                + " \\(written \\d+, unchanged 0, deleted 0\\)\\R");
    }

    @Test
    void anEmptyOutputFolderIsAUsageErrorBeforeAnythingIsWritten() {
        // to Java an empty path is the working folder, where every file used to land before a crash
        String connection = SCHEMAS.resolve("sso/connection.schema.json").toString();
        CliRun emptyOutput = CliRun.schemaforge("generate", connection, "--package", PACKAGE, "--output", "");
        CliRun emptyResources = CliRun.schemaforge("generate", connection, "--package", PACKAGE,
                "--output", temp.resolve("models").toString(), "--resources", "");

        assertThat(emptyOutput.exitCode()).isEqualTo(2);
        assertThat(emptyOutput.err()).startsWith("--output is empty; give the folder to write to");
        assertThat(emptyResources.exitCode()).isEqualTo(2);
        assertThat(emptyResources.err()).startsWith("--resources is empty; give the folder to write to");
        assertThat(temp.resolve("models")).doesNotExist();
        assertThat(Path.of("META-INF")).doesNotExist();
    }

    @Test
    void aMalformedReferenceIsASchemaErrorAtTheReference() throws IOException {
        Path schema = Files.writeString(temp.resolve("bad.json"), "{\"$ref\": \"https://[::1/x\"}");

        CliRun run = CliRun.schemaforge("generate", schema.toString(), "--package", PACKAGE,
                "--output", temp.resolve("models").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.json:1:2: #/$ref: $ref \"https://[::1/x\" is not a valid URI reference");
    }

    @Test
    void aSchemaThatIsOnlyAReferenceToItselfIsASchemaErrorAtTheReference() throws IOException {
        // it used to be typed Object: 0 types written, not a word, exit 0
        Path schema = Files.writeString(temp.resolve("self.json"), "{\"$ref\": \"#\"}");

        CliRun run = CliRun.schemaforge("generate", schema.toString(), "--package", PACKAGE,
                "--output", temp.resolve("models").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo(schema + ":1:2: #/$ref: the schema applies itself again without stepping"
                + " into the payload (self.json# -> self.json#): checking a payload that reaches it never ends"
                + System.lineSeparator());
        assertThat(temp.resolve("models")).doesNotExist();
    }

    @Test
    void aSecondRunWritesNothing() {
        Path output = temp.resolve("models");
        assertThat(generateSso(output).exitCode()).isZero();

        CliRun again = generateSso(output);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern("\\(written 0, unchanged [1-9]\\d*, deleted 0\\)");
    }

    @Test
    void filesNoLongerGeneratedAreDeleted() {
        Path output = temp.resolve("models");
        assertThat(generateSso(output).exitCode()).isZero();

        CliRun onlyConnection = CliRun.schemaforge("generate", SCHEMAS.resolve("sso/connection.schema.json").toString(),
                "--package", PACKAGE, "--output", output.toString());

        assertThat(onlyConnection.exitCode()).as(onlyConnection.err()).isZero();
        assertThat(onlyConnection.out()).containsPattern("deleted [1-9]\\d*\\)");
        assertThat(output.resolve("dev/schemaforge/models/sso/ApiSsoV1Connection.java")).doesNotExist();
        assertThat(output.resolve("dev/schemaforge/models/sso/Connection.java")).isRegularFile();
    }

    @Test
    void resourcesGoToTheirOwnFolderWhenAsked() {
        Path sources = temp.resolve("java");
        Path resources = temp.resolve("resources");

        CliRun run = CliRun.schemaforge("generate", SCHEMAS.toString(), "--exclude", "**/examples/**",
                "--package", PACKAGE, "--output", sources.toString(), "--resources", resources.toString(),
                "--jackson", "2", "--no-builders", "--default-dialect", "draft7");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(resources.resolve("META-INF/schemaforge/types.json")).isRegularFile();
        assertThat(sources.resolve("META-INF")).doesNotExist();
        assertThat(sources.resolve("dev/schemaforge/models/sso/Connection.java")).content()
                .doesNotContain("class Builder");
    }

    @Test
    void aDanglingReferenceIsReportedWithItsLocationAndNoStackTrace() throws IOException {
        Path schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(schemas.resolve("broken.schema.json"), """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "title": "Broken",
                  "type": "object",
                  "properties": {
                    "owner": { "$ref": "#/$defs/Missing" }
                  }
                }
                """);
        Path output = temp.resolve("models");

        CliRun run = CliRun.schemaforge("generate", schemas.toString(), "--package", PACKAGE,
                "--output", output.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .containsPattern("broken\\.schema\\.json:6:\\d+")
                .contains("#/$defs/Missing")
                .doesNotContain("Exception", "\tat ", "Usage:");
        assertThat(output).doesNotExist();
    }

    @Test
    void aMissingPackageIsAUsageError() {
        CliRun run = CliRun.schemaforge("generate", SCHEMAS.toString(), "--output", temp.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .startsWith("Missing required option: '--package=PACKAGE'")
                .contains("Usage: schemaforge generate");
    }

    @Test
    void anInvalidPackageIsABadOption() {
        CliRun run = CliRun.schemaforge("generate", SCHEMAS.toString(), "--package", "com.example.1st",
                "--output", temp.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith(
                "Invalid value for option '--package': \"com.example.1st\" is not a valid Java package name");
    }

    @Test
    void anUnknownJacksonMajorIsABadOption() {
        CliRun run = CliRun.schemaforge("generate", SCHEMAS.toString(), "--package", PACKAGE,
                "--output", temp.toString(), "--jackson", "4");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("Invalid value for option '--jackson': jackson must be 2 or 3");
    }

    @Test
    void anInputThatDoesNotExistIsNamed() {
        Path missing = temp.resolve("no-such-schemas");

        CliRun run = CliRun.schemaforge("generate", missing.toString(), "--package", PACKAGE,
                "--output", temp.resolve("models").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("schemaforge: input " + missing + ": no such file or folder"
                + System.lineSeparator());
    }

    @Test
    void aLinkInAnInputFolderWhoseTargetIsGoneIsASchemaErrorNotASkippedFile() throws IOException {
        Path schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.copy(SCHEMAS.resolve("sso/connection.schema.json"), schemas.resolve("connection.schema.json"));
        Path gone = temp.resolve("moved-away.schema.json");
        Path link = Files.createSymbolicLink(schemas.resolve("shared.schema.json"), gone);
        Path output = temp.resolve("models");

        CliRun run = CliRun.schemaforge("generate", schemas.toString(), "--package", PACKAGE,
                "--output", output.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(link + ": #: a symbolic link to " + gone
                + ", which does not exist").doesNotContain("Exception");
        assertThat(output).doesNotExist();
    }

    @Test
    void anOutputThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("out.txt"), "not a folder");

        CliRun run = CliRun.schemaforge("generate", SCHEMAS.toString(), "--exclude", "**/examples/**",
                "--package", PACKAGE, "--output", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--output " + file + " is a file, not a folder");
    }

    @Test
    void excludingEverythingSaysSo() {
        CliRun run = CliRun.schemaforge("generate", SCHEMAS.toString(), "--exclude", "**",
                "--package", PACKAGE, "--output", temp.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no schema files (.json, .yaml, .yml) in ../schemas that --exclude leaves");
    }

    /** Before, every file of the input was skipped as generated output, and the run said "no schema files". */
    @Test
    void anInputFolderThatIsTheOutputFolderOrInsideItIsRefusedSayingSo() throws IOException {
        Path io = Files.createDirectories(temp.resolve("io"));
        Files.writeString(io.resolve("a.json"), "{\"type\": \"object\", \"properties\": {\"a\": {}}}");

        CliRun same = CliRun.schemaforge("generate", io.toString(), "--package", PACKAGE, "--output", io.toString());
        CliRun inside = CliRun.schemaforge("generate", io.toString(), "--package", PACKAGE,
                "--output", temp.resolve("out").toString(), "--resources", temp.toString());
        CliRun below = CliRun.schemaforge("generate", io.toString(), "--package", PACKAGE,
                "--output", io.resolve("generated").toString());

        assertThat(same.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(same.err()).isEqualTo("schemaforge: input " + io + " is also the --output folder, whose files"
                + " generate never reads as schemas (they are its output); give --output a folder outside the inputs"
                + System.lineSeparator());
        assertThat(inside.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(inside.err()).isEqualTo("schemaforge: input " + io + " is inside the --resources folder " + temp
                + ", whose files generate never reads as schemas (they are its output); give --resources a folder"
                + " outside the inputs" + System.lineSeparator());
        assertThat(below.exitCode()).as("an output inside the input is skipped, the rest read: " + below.err())
                .isZero();
        assertThat(io.resolve("generated/dev/schemaforge/models/sso/A.java")).isRegularFile();
    }

    private static CliRun generateSso(Path output) {
        return CliRun.schemaforge("generate", SCHEMAS.toString(), "--exclude", "**/examples/**",
                "--package", PACKAGE, "--output", output.toString());
    }

    private static String quoted(Path path) {
        return java.util.regex.Pattern.quote(path.toString());
    }
}
