package dev.schemaforge.validator;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Bundled schemas that are neither plain files nor entries of a jar file (a jar inside a jar, an
 * application server's own URL scheme), copied through their URLs into a temporary folder by the
 * file list of {@code catalog.json}. Deleted on {@link #close()}, else when the JVM exits.
 */
final class TemporaryCopy implements Closeable {

    private final Path folder;

    private TemporaryCopy(Path folder) {
        this.folder = folder;
    }

    /** The folder that stands for {@code META-INF/schemaforge/}. */
    Path folder() {
        return folder;
    }

    /**
     * Copies the descriptor and every file it lists from beside {@code index}.
     *
     * @throws IllegalStateException when there is no descriptor or it lists no files
     */
    static TemporaryCopy of(URL index) throws IOException {
        URL descriptorUrl = new URL(index, BundleDescriptor.NAME);
        byte[] descriptorBytes;
        try (InputStream in = descriptorUrl.openStream()) {
            descriptorBytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(cannotList(index) + ", and " + descriptorUrl + " cannot be read: " + e, e);
        }
        BundleDescriptor descriptor = BundleDescriptor.read(new ByteArrayInputStream(descriptorBytes),
                descriptorUrl.toString());
        if (descriptor.files() == null) {
            throw new IllegalStateException(cannotList(index) + ", and " + descriptorUrl + " lists no files");
        }
        Path folder = Files.createTempDirectory("schemaforge-schemas-");
        try {
            Files.write(folder.resolve(BundleDescriptor.NAME), descriptorBytes);
            for (String file : descriptor.files()) {
                Path target = SchemaBundle.inside(folder, file);
                Files.createDirectories(target.getParent());
                try (InputStream in = new URL(index, relativeUrl(file)).openStream()) {
                    Files.copy(in, target);
                }
            }
            try (Stream<Path> created = Files.walk(folder)) {
                // registered parents first, so that the JVM deletes children first
                created.forEach(path -> path.toFile().deleteOnExit());
            }
        } catch (IOException | RuntimeException e) {
            delete(folder);
            throw e;
        }
        return new TemporaryCopy(folder);
    }

    @Override
    public void close() throws IOException {
        delete(folder);
    }

    private static String cannotList(URL index) {
        return "cannot list the schemas bundled beside " + index + ": it is neither a file nor an entry of a jar file";
    }

    /** A bundle path as a relative URL: percent-encoded, and never mistaken for a scheme. */
    private static String relativeUrl(String path) {
        try {
            return "./" + new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the bundled path \"" + path + "\" is not a valid path", e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
