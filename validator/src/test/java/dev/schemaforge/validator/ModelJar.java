package dev.schemaforge.validator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a jar of generated models holds, built for tests: compiled classes, the type index
 * {@code META-INF/schemaforge/types.json}, and schemas bundled beside it as the Maven plugin lays
 * them out. Written as a class folder or as a jar.
 */
final class ModelJar {

    /** Two small models and an enum whose constant has a body. */
    static final Map<String, String> FIXTURE_SOURCES = Map.of(
            "fixture.Point", """
                    package fixture;
                    public record Point(int x, int y) {
                        public record Label(String text) {
                        }
                    }
                    """,
            "fixture.Shape", """
                    package fixture;
                    public enum Shape {
                        CIRCLE {
                            @Override
                            public String toString() {
                                return "round";
                            }
                        },
                        SQUARE
                    }
                    """);

    /** A point's x comes from a shared file by a relative reference; a label's text is an e-mail address. */
    static final String POINT_SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "required": ["x", "y"],
              "properties": {
                "x": {"$ref": "../common/defs.json#/$defs/Natural"},
                "y": {"type": "integer"}
              },
              "$defs": {
                "Label": {
                  "type": "object",
                  "properties": {"text": {"type": "string", "minLength": 1, "format": "email"}}
                }
              }
            }
            """;

    /** Names itself by a remote {@code $id}, against which its fragment reference resolves. */
    static final String SHAPE_SCHEMA = """
            {
              "$id": "https://schemas.example.com/geo/shape.schema.json",
              "$ref": "#/$defs/Shape",
              "$defs": {"Shape": {"enum": ["SQUARE"]}}
            }
            """;

    static final String DEFS_SCHEMA = """
            {"$defs": {"Natural": {"type": "integer", "minimum": 0}}}
            """;

    private final Map<String, String[]> types = new TreeMap<>();
    private final Map<String, String> files = new TreeMap<>();
    private final Map<String, String> sources = new TreeMap<>();

    /** The fixture models with their index entries and bundled schemas (no descriptor). */
    static ModelJar fixture() {
        ModelJar jar = new ModelJar()
                .type("fixture.Point", "geo/point.schema.json", "")
                .type("fixture.Point.Label", "geo/point.schema.json", "/$defs/Label")
                .type("fixture.Shape", "geo/shape.schema.json", "")
                .bundled("schemas/geo/point.schema.json", POINT_SCHEMA)
                .bundled("schemas/common/defs.json", DEFS_SCHEMA)
                .bundled("schemas/geo/shape.schema.json", SHAPE_SCHEMA);
        FIXTURE_SOURCES.forEach(jar::source);
        return jar;
    }

    /** An entry of the type index. */
    ModelJar type(String className, String document, String pointer) {
        types.put(className, new String[] {document, pointer});
        return this;
    }

    /** A file below {@code META-INF/schemaforge/}. */
    ModelJar bundled(String path, String content) {
        files.put("META-INF/schemaforge/" + path, content);
        return this;
    }

    /** Any file of the jar, by its path in it; {@code null} content leaves the type index out. */
    ModelJar file(String path, String content) {
        files.put(path, content);
        return this;
    }

    ModelJar source(String className, String source) {
        sources.put(className, source);
        return this;
    }

    /** Everything written below {@code folder}, classes compiled; returns {@code folder}. */
    Path writeFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, String> all = new TreeMap<>(files);
        if (!types.isEmpty() && !all.containsKey(ModelIndex.RESOURCE)) {
            all.put(ModelIndex.RESOURCE, index());
        }
        for (Map.Entry<String, String> file : all.entrySet()) {
            if (file.getValue() != null) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        }
        compile(folder, folder.resolveSibling(folder.getFileName() + ".src"));
        return folder;
    }

    /** Everything as a jar at {@code jar}, built in a sibling work folder; returns {@code jar}. */
    Path writeJar(Path jar) throws IOException {
        Path folder = writeFolder(jar.resolveSibling(jar.getFileName() + ".content"));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new JarEntry(folder.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** A loader over the given jars and folders alone (no application class path). */
    static URLClassLoader loader(Path... classPath) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classPath) {
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** A new instance of a class the loader holds, through its only public constructor. */
    static Object instance(ClassLoader loader, String className, Object... arguments) {
        try {
            return loader.loadClass(className).getConstructors()[0].newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An enum constant of a class the loader holds. */
    static Object constant(ClassLoader loader, String enumName, String constant) {
        try {
            for (Object value : loader.loadClass(enumName).getEnumConstants()) {
                if (((Enum<?>) value).name().equals(constant)) {
                    return value;
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException(enumName + " has no " + constant);
    }

    private String index() {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        ObjectNode entries = root.putObject("types");
        types.forEach((name, source) -> entries.putObject(name).put("document", source[0]).put("pointer", source[1]));
        return json.writeValueAsString(root);
    }

    private void compile(Path classes, Path sourceFolder) throws IOException {
        if (sources.isEmpty()) {
            return;
        }
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-d", classes.toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceFolder.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the fixture sources do not compile");
        }
    }
}
