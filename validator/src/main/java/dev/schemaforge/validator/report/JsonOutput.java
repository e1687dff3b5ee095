package dev.schemaforge.validator.report;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Pretty-printed JSON that is the same on every platform: two-space indent, {@code \n} line ends. */
final class JsonOutput {

    private static final JsonMapper MAPPER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        MAPPER = JsonMapper.builder()
                .defaultPrettyPrinter(printer)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    private JsonOutput() {
    }

    static JsonMapper mapper() {
        return MAPPER;
    }

    /** The tree as pretty-printed text ending in a line break. */
    static String write(JsonNode tree) {
        return MAPPER.writeValueAsString(tree) + "\n";
    }
}
