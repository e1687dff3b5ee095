package dev.schemaforge.validator;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.SchemaException;

/**
 * The schemas bundled beside one type index ({@code META-INF/schemaforge/}), opened as files for a
 * catalog: in place for a folder on the class path, through its own zip file system for a jar, and
 * otherwise (a jar inside a jar, an unusual URL scheme) copied to a temporary folder, which needs
 * the file list of {@code catalog.json}. Thread-safe once opened.
 */
final class SchemaBundle implements Closeable {

    private final URL index;
    private final Path folder;
    private final Closeable release;
    private final SchemaValidator validator;

    private SchemaBundle(URL index, Path folder, Closeable release, SchemaValidator validator) {
        this.index = index;
        this.folder = folder;
        this.release = release;
        this.validator = validator;
    }

    /**
     * Opens the bundle beside {@code index} (a {@code types.json} URL) and builds its catalog.
     *
     * @throws IllegalStateException when no schemas are bundled there, or they cannot be read
     * @throws UncheckedIOException when the jar or the files cannot be opened
     */
    static SchemaBundle open(URL index, boolean formatAssertions) {
        try {
            Path inPlace = inPlace(index);
            if (inPlace != null) {
                return build(index, inPlace, null, formatAssertions);
            }
            FileSystem jar = jarFileSystem(index);
            if (jar != null) {
                String entry = index.toExternalForm().substring(index.toExternalForm().indexOf("!/") + 1);
                try {
                    return build(index, jar.getPath(entry).getParent(), jar, formatAssertions);
                } catch (IOException | RuntimeException e) {
                    jar.close();
                    throw e;
                }
            }
            TemporaryCopy copy = TemporaryCopy.of(index);
            try {
                return build(index, copy.folder(), copy, formatAssertions);
            } catch (IOException | RuntimeException e) {
                copy.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the schemas bundled beside " + index + ": " + e, e);
        }
    }

    /** The schema of {@code document#pointer}, as the type index names it for {@code className}. */
    CompiledSchema schema(String className, String document, String pointer) {
        try {
            // the catalog percent-decodes the fragment; a pointer's own '%' must survive that
            return validator.schema(document + "#" + pointer.replace("%", "%25"));
        } catch (SchemaException e) {
            throw new IllegalStateException("the type index " + index + " maps " + className + " to " + document
                    + "#" + pointer + ", which the schemas bundled in " + folder + " do not contain", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (release != null) {
            release.close();
        }
    }

    private static SchemaBundle build(URL index, Path folder, Closeable release, boolean formatAssertions)
            throws IOException {
        Path descriptorFile = folder.resolve(BundleDescriptor.NAME);
        BundleDescriptor descriptor = BundleDescriptor.DEFAULT;
        if (Files.isRegularFile(descriptorFile)) {
            try (InputStream in = Files.newInputStream(descriptorFile)) {
                descriptor = BundleDescriptor.read(in, descriptorFile.toUri().toString());
            }
        }
        List<Path> files = files(folder, descriptor);
        if (files.isEmpty()) {
            throw new IllegalStateException("no schemas are bundled beside the type index " + index
                    + " (expected them under META-INF/schemaforge/schemas/): generate the models with the"
                    + " Schemaforge Maven plugin and bundleSchemas left on");
        }
        Catalog.Builder catalog = Catalog.builder().defaultDialect(descriptor.defaultDialect());
        for (String root : descriptor.roots()) {
            catalog.root(inside(folder, root));
        }
        for (Map.Entry<String, String> mapping : descriptor.mappings().entrySet()) {
            catalog.map(mapping.getKey(), inside(folder, mapping.getValue()));
        }
        files.forEach(catalog::input);
        SchemaValidator validator = SchemaValidator.builder()
                .catalog(catalog.build())
                .formatAssertions(formatAssertions)
                .build();
        return new SchemaBundle(index, folder, release, validator);
    }

    /** The descriptor's files, or every file below its roots when it lists none. */
    private static List<Path> files(Path folder, BundleDescriptor descriptor) throws IOException {
        List<Path> files = new ArrayList<>();
        if (descriptor.files() != null) {
            for (String file : descriptor.files()) {
                files.add(inside(folder, file));
            }
            return files;
        }
        for (String root : descriptor.roots()) {
            Path start = inside(folder, root);
            if (Files.isDirectory(start)) {
                try (Stream<Path> walk = Files.walk(start)) {
                    walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).forEach(files::add);
                }
            }
        }
        return files;
    }

    /** A descriptor path as a path below the bundle's folder; nothing in a jar may point outside it. */
    static Path inside(Path folder, String relative) {
        Path resolved = folder.resolve(relative).normalize();
        if (!resolved.startsWith(folder) || relative.startsWith("/")) {
            throw new IllegalStateException("the bundled path \"" + relative + "\" leaves " + folder);
        }
        return resolved;
    }

    /** The index's folder when it is a plain file; null otherwise. */
    private static Path inPlace(URL index) {
        if (!"file".equalsIgnoreCase(index.getProtocol())) {
            return null;
        }
        try {
            return Path.of(index.toURI()).getParent();
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
    }

    /**
     * A zip file system of its own (not the provider's shared one, which others may close) over the
     * jar of a {@code jar:file:...!/entry} index; null for anything else, such as a jar in a jar.
     */
    private static FileSystem jarFileSystem(URL index) throws IOException {
        String spec = index.toExternalForm();
        int separator = spec.indexOf("!/");
        if (!"jar".equalsIgnoreCase(index.getProtocol()) || separator < 0 || spec.indexOf("!/", separator + 2) >= 0) {
            return null;
        }
        String jar = spec.substring("jar:".length(), separator);
        if (!jar.regionMatches(true, 0, "file:", 0, "file:".length())) {
            return null;
        }
        Path file;
        try {
            file = Path.of(new URI(jar));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
        try {
            return FileSystems.newFileSystem(file, Map.of());
        } catch (ProviderNotFoundException e) {
            return null;
        }
    }
}
