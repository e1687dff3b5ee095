package dev.schemaforge.generator.gauntlet;

import java.util.Map;

/** Defines classes from class files held in memory, so the gauntlet never writes compiled code to disk. */
final class MemoryClassLoader extends ClassLoader {

    private final Map<String, byte[]> classes;

    /** @param classes binary class name to class file */
    MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super(parent);
        this.classes = Map.copyOf(classes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
