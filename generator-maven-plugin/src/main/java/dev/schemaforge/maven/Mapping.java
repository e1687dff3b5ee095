package dev.schemaforge.maven;

import java.io.File;

/**
 * One {@code <mapping>} of the plugin configuration: {@code $ref}s starting with {@code prefix}
 * (a remote URI such as {@code https://json.schemastore.org/}) resolve in {@code folder} instead of
 * the network. A URI cannot be an XML element name, so this is an object, not a map entry.
 */
public class Mapping {

    private String prefix;

    private File folder;

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public File getFolder() {
        return folder;
    }

    public void setFolder(File folder) {
        this.folder = folder;
    }
}
