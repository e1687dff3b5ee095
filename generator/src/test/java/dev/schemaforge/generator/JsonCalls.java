package dev.schemaforge.generator;

/** The Jackson calls a test needs, for either major, without compiling the test against both. */
interface JsonCalls {

    Object read(String json, Class<?> type) throws Exception;

    String write(Object value) throws Exception;

    /**
     * The document as a tree for comparing JSON regardless of member order: numbers by value, and
     * RFC 3339 date-times as instants (a model writes {@code 2021-10-05T14:48:00Z} for {@code ...:00.000Z}).
     */
    default Object tree(String json) {
        return canonical(MAPPER.readTree(json));
    }

    tools.jackson.databind.json.JsonMapper MAPPER = tools.jackson.databind.json.JsonMapper.builder().build();

    private static tools.jackson.databind.JsonNode canonical(tools.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            tools.jackson.databind.node.ObjectNode out = MAPPER.createObjectNode();
            node.properties().forEach(e -> out.set(e.getKey(), canonical(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            tools.jackson.databind.node.ArrayNode out = MAPPER.createArrayNode();
            node.forEach(e -> out.add(canonical(e)));
            return out;
        }
        if (node.isNumber()) {
            return MAPPER.getNodeFactory().numberNode(node.decimalValue().stripTrailingZeros());
        }
        if (node.isString()) {
            try {
                return MAPPER.getNodeFactory().stringNode(java.time.OffsetDateTime.parse(node.stringValue())
                        .toInstant().toString());
            } catch (java.time.format.DateTimeParseException notADateTime) {
                return node;
            }
        }
        return node;
    }

    static JsonCalls of(JacksonVersion version) {
        if (version == JacksonVersion.JACKSON_2) {
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                    .findAndRegisterModules()
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            return new JsonCalls() {
                @Override
                public Object read(String json, Class<?> type) throws Exception {
                    return mapper.readValue(json, type);
                }

                @Override
                public String write(Object value) throws Exception {
                    return mapper.writeValueAsString(value);
                }

            };
        }
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        return new JsonCalls() {
            @Override
            public Object read(String json, Class<?> type) {
                return mapper.readValue(json, type);
            }

            @Override
            public String write(Object value) {
                return mapper.writeValueAsString(value);
            }

        };
    }
}
