package dev.schemaforge.generator.emit;

import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

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
        // A token stream, not an object mapper: the mapper's set-up would be most of this method's time.
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(new Indented(), out)) {
            json.writeStartObject();
            json.writeName("types");
            json.writeStartObject();
            entries.forEach((className, source) -> {
                json.writeName(className);
                json.writeStartObject();
                json.writeStringProperty("document", source[0]);
                json.writeStringProperty("pointer", source[1]);
                json.writeEndObject();
            });
            json.writeEndObject();
            json.writeEndObject();
        }
        return out.toString().replace("\r\n", "\n") + "\n";
    }

    /** Jackson's default indentation, as an object mapper's {@code INDENT_OUTPUT} writes it. */
    private static final class Indented extends ObjectWriteContext.Base {

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }
    }
}
