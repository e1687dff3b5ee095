package dev.schemaforge.validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every type index one class loader sees ({@code META-INF/schemaforge/types.json} in each jar or
 * folder of the models), merged: which index lists a class, and the document and pointer of its
 * schema. When two indexes list the same class, the first in class-path order wins, as it would
 * for the class itself.
 */
final class ModelIndex {

    /** Where the generator puts the index. */
    static final String RESOURCE = "META-INF/schemaforge/types.json";

    /**
     * One class's schema.
     *
     * @param index the {@code types.json} that lists it; its schemas are bundled beside it
     * @param document the document's path relative to the bundle's roots
     * @param pointer the JSON pointer of the schema in the document
     */
    record Entry(URL index, String document, String pointer) {
    }

    private final List<URL> indexes;
    private final Map<String, Entry> types;

    private ModelIndex(List<URL> indexes, Map<String, Entry> types) {
        this.indexes = List.copyOf(indexes);
        this.types = Collections.unmodifiableMap(types);
    }

    /**
     * Reads every index {@code loader} finds.
     *
     * @throws IllegalStateException when an index is not what the generator writes
     * @throws UncheckedIOException when one cannot be read
     */
    static ModelIndex load(ClassLoader loader) {
        JsonMapper json = JsonMapper.builder().build();
        List<URL> indexes = new ArrayList<>();
        Map<String, Entry> types = new HashMap<>();
        try {
            Enumeration<URL> found = loader.getResources(RESOURCE);
            while (found.hasMoreElements()) {
                URL index = found.nextElement();
                indexes.add(index);
                read(json, index).forEach(types::putIfAbsent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the type indexes (" + RESOURCE + "): " + e, e);
        }
        return new ModelIndex(indexes, types);
    }

    /** The index entry of a class, by the name the generator wrote ({@code Outer.Inner} for nested types). */
    Optional<Entry> find(String className) {
        return Optional.ofNullable(types.get(className));
    }

    /** Every index read, in class-path order. */
    List<URL> indexes() {
        return indexes;
    }

    private static Map<String, Entry> read(JsonMapper json, URL index) throws IOException {
        JsonNode root;
        try (InputStream in = index.openStream()) {
            root = json.readTree(in);
        } catch (JacksonException e) {
            throw new IllegalStateException("the type index " + index + " is not well-formed JSON: "
                    + e.getOriginalMessage(), e);
        }
        JsonNode types = root == null ? null : root.path("types");
        if (types == null || !types.isObject()) {
            throw new IllegalStateException("the type index " + index + " has no \"types\" object");
        }
        Map<String, Entry> entries = new HashMap<>();
        for (String className : types.propertyNames()) {
            JsonNode type = types.get(className);
            JsonNode document = type.path("document");
            JsonNode pointer = type.path("pointer");
            if (!document.isString() || !pointer.isString()) {
                throw new IllegalStateException("the type index " + index + " gives " + className
                        + " no \"document\" and \"pointer\" strings");
            }
            entries.put(className, new Entry(index, document.stringValue(), pointer.stringValue()));
        }
        return entries;
    }
}
