package dev.schemaforge.validator;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A class loader whose resources live in memory behind a {@code mem:} URL scheme, standing in for
 * the loaders of fat jars and application servers: its resources are neither files nor jar entries.
 */
final class MemoryClassLoader extends ClassLoader {

    private final Map<String, byte[]> resources = new TreeMap<>();
    private final URLStreamHandler handler = new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
                @Override
                public void connect() {
                }

                @Override
                public InputStream getInputStream() throws FileNotFoundException {
                    byte[] bytes = resources.get(url.getPath().substring(1));
                    if (bytes == null) {
                        throw new FileNotFoundException(url.toString());
                    }
                    return new ByteArrayInputStream(bytes);
                }
            };
        }
    };

    MemoryClassLoader() {
        super(null);
    }

    MemoryClassLoader resource(String name, String content) {
        resources.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    @Override
    protected URL findResource(String name) {
        if (!resources.containsKey(name)) {
            return null;
        }
        try {
            return new URL("mem", "", -1, "/" + name, handler);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        URL url = findResource(name);
        return Collections.enumeration(url == null ? List.of() : List.of(url));
    }
}
