package dev.schemaforge.generator.emit;

import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The index that lets later tools find a model's schema: {@code META-INF/schemaforge/types.json},
 * mapping each generated class to its source document and JSON pointer. Sorted, so it is
 * byte-identical for identical input.
 */
public final class TypeIndex {

    /** Where the index lives on the classpath. */
    public static final String RESOURCE = "META-INF/schemaforge/types.json";

    private final Map<String, String[]> entries = new TreeMap<>();

    public void add(String className, String document, String pointer) {
        entries.put(className, new String[] {document, pointer});
    }

    public String render() {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode types = root.putObject("types");
        entries.forEach((className, source) -> types.putObject(className)
                .put("document", source[0])
                .put("pointer", source[1]));
        return mapper.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    }
}
