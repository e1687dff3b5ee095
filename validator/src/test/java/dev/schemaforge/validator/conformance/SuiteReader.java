package dev.schemaforge.validator.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the official suite in place: {@code tests/<draft>/*.json} (required) and
 * {@code tests/<draft>/optional/**}{@code /*.json} (optional), each sorted by path. Floats are read
 * as {@link java.math.BigDecimal} so that the {@code bignum} and {@code float-overflow} cases see
 * the numbers the suite wrote, not their nearest doubles.
 */
final class SuiteReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private SuiteReader() {
    }

    /** Every file of a draft, required ones first; {@code tests} is the suite's {@code tests/} folder. */
    static List<SuiteFile> read(Path tests, SuiteDraft draft) {
        Path folder = tests.resolve(draft.folder());
        List<SuiteFile> files = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : jsonFiles(folder, 1)) {
            files.add(readFile(draft, folder, file, ids));
        }
        Path optional = folder.resolve("optional");
        if (Files.isDirectory(optional)) {
            for (Path file : jsonFiles(optional, Integer.MAX_VALUE)) {
                files.add(readFile(draft, folder, file, ids));
            }
        }
        return files;
    }

    private static List<Path> jsonFiles(Path folder, int depth) {
        try (Stream<Path> walk = Files.walk(folder, depth)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted((a, b) -> relative(folder, a).compareTo(relative(folder, b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SuiteFile readFile(SuiteDraft draft, Path folder, Path file, Set<String> ids) {
        String path = relative(folder, file);
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SuiteGroup> groups = new ArrayList<>();
        for (JsonNode group : root) {
            String groupDescription = group.path("description").asString();
            List<SuiteCase> cases = new ArrayList<>();
            for (JsonNode test : group.path("tests")) {
                String description = test.path("description").asString();
                String id = SuiteCase.id(draft.folder(), path, groupDescription, description);
                // The suite keeps descriptions unique; should it slip, the id still names one case.
                String unique = id;
                for (int n = 2; !ids.add(unique); n++) {
                    unique = id + " (" + n + ")";
                }
                cases.add(new SuiteCase(unique, description, test.get("data"), test.path("valid").asBoolean()));
            }
            groups.add(new SuiteGroup(groupDescription, group.get("schema"), cases));
        }
        return new SuiteFile(draft, path, file, groups);
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
